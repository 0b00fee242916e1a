import { boundedDistance } from './edit-distance.ts';
import { bmpClass, charFold, FOLD_CI, WORD, WORD_WIDE } from './normalize.ts';

/**
 * How far one word of a page may be from the word of a name it is read as (issue 4: "Hayi'at
 * Tahrir Al Shams" for Hay'at Tahrir al-Sham). Both arguments are case-insensitive folds. Returns
 * the edit distance, or -1 when the page's word is not a plausible misspelling:
 * - the first letters must agree (misspellings of transliterated names keep the initial);
 * - words of up to 3 letters ("al", "bin", "of") must be exact;
 * - 4-letter words may only gain or lose a final letter ("Sham" → "Shams"), never change one,
 *   so "Iraq" is not "Iran";
 * - 5 to 8 letters: one edit (insertion, deletion, substitution or swap of neighbours);
 * - 9 letters or more: two edits.
 */
export function wordDistance(name: string, page: string): number {
  const n = name.length;
  if (n <= 3 || page.length === 0 || name.charCodeAt(0) !== page.charCodeAt(0)) return -1;
  if (n === 4) {
    const [short, long] = page.length < n ? [page, name] : [name, page];
    return long.length === short.length + 1 && long.startsWith(short) ? 1 : -1;
  }
  const limit = n >= 9 ? 2 : 1;
  const d = boundedDistance(name, page, limit);
  return d > limit ? -1 : d;
}

/** Case-insensitive fold of the word `text[start..end)`, dropping in-word apostrophes and hyphens. */
export function foldWord(text: string, start: number, end: number): string {
  const units: number[] = [];
  for (let k = start; k < end; ) {
    const cp = text.codePointAt(k) as number;
    k += cp > 0xffff ? 2 : 1;
    const cls = cp > 0xffff ? WORD_WIDE : bmpClass(cp);
    if (cls === WORD) units.push(FOLD_CI[cp] as number);
    else if (cls === WORD_WIDE) {
      const ci = charFold(cp).ci;
      for (let i = 0; i < ci.length; i++) units.push(ci.charCodeAt(i));
    }
  }
  return String.fromCharCode(...units);
}
