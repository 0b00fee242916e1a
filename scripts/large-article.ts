/**
 * About 1 MB of Indonesian article text with a few known names spread through it and one at the
 * very end: the page the end-to-end test and the browser benchmark both load.
 */
export function largeArticleHtml(targetChars = 1_000_000): string {
  const paragraph =
    'Laporan terbaru menyebutkan situasi di wilayah utara berubah cepat. Para analis menilai dampaknya ' +
    'akan terasa di seluruh kawasan, dan warga menunggu kabar berikutnya dari pemerintah setempat. ';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const text = i % 400 === 0 ? `${paragraph} Pasukan Rusia terlihat di dekat Aleppo.` : paragraph;
    parts.push(`<p>${text}</p>`);
    size += text.length;
  }
  parts.push('<p id="last">Akhirnya, Suriah.</p>');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Besar</title></head><body><button id="probe">probe</button>${parts.join('')}</body></html>`;
}
