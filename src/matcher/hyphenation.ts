/**
 * Line-break hyphenation in copied or extracted text: "Da-\nmaskus" is one word, "Damaskus".
 *
 * A hyphen (or soft hyphen) right after a letter is read as hyphenation when it is followed by a
 * line break (optionally with spaces or tabs around it) and then a *lower-case* letter. A capital
 * after the break keeps the hyphen a real one: "Amerika-\nSerikat" is two words, and a
 * multi-word alias still matches across it.
 */

/** Whether a UTF-16 unit is a hyphen that may split a word: "-", "‐" or a soft hyphen. */
export function isHyphen(unit: number): boolean {
  return unit === 0x2d || unit === 0xad || unit === 0x2010;
}

function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09;
}

/**
 * When `text[at]` is a hyphen that splits a word across a line break, the offset of the letter
 * that continues the word; else -1. The caller knows a letter precedes `at`.
 */
export function hyphenationEnd(text: string, at: number): number {
  if (!isHyphen(text.charCodeAt(at))) return -1;
  let q = at + 1;
  while (isBlank(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) === 0x0d) q++;
  if (text.charCodeAt(q) !== 0x0a) return -1;
  q++;
  while (isBlank(text.charCodeAt(q))) q++;
  const next = text[q];
  return next !== undefined && next !== next.toUpperCase() ? q : -1;
}
