/**
 * Capitals that may be the sentence's rather than the name's (knowledge.md, "Collisions seen"):
 * "Hama wereng menyerang sawah" starts with the common word "hama" (pest), capitalised only
 * because a sentence starts there. A case-sensitive alias such as "Hama" cannot tell the two
 * apart; the matcher flags such matches (`Mention.sentenceStart`) so the page can ask for support
 * from other entities of the same world before showing them.
 */

/** Characters that may sit between a sentence's end and its first word: spaces, quotes, brackets. */
const OPENERS = /[\s"'“”‘’«»„‚([{\-–—•*]/u;
/** Characters that end a sentence (or a heading label before a colon). */
const ENDERS = new Set(['.', '!', '?', ':', '…', ';']);

/** Whether `text[start]` begins a sentence: only openers between it and a sentence end or the text's start. */
export function isSentenceInitial(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const ch = text[k] as string;
    if (ch === '\n' || ch === '\r' || ENDERS.has(ch)) return true;
    if (!OPENERS.test(ch)) return false;
  }
  return true;
}

/** Whether a word is Capitalised: an upper-case first letter followed by a lower-case letter. */
export function isCapitalised(text: string, start: number, end: number): boolean {
  const first = text[start] as string;
  if (first === first.toLowerCase()) return false;
  for (let k = start + 1; k < end; k++) {
    const ch = text[k] as string;
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}
