/**
 * How long the object URL outlives the click. Browsers may still be reading the blob after
 * click() returns; revoking at once can cancel the download. FileSaver.js settled on 40 s.
 */
const REVOKE_AFTER_MS = 40_000;

/** Saves text as a file through a temporary `<a download>`, so no downloads permission is needed. */
export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Older Firefox versions only follow clicks on links that are in the document.
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
