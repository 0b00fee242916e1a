import { APOSTROPHE, classAt, GAP, INVISIBLE } from './normalize.ts';
import type { ScanMode } from './token-list.ts';

/** Clitics a name may carry in running text: the possessive "'s" and the Indonesian "-nya". */

/** Shortest stem left after cutting "nya": "Kenya" and "Tanya" stay whole. */
const MIN_NYA_STEM = 3;

/**
 * Original length (UTF-16 units) of a clitic ending the word `text[start..end)`: 2 for a
 * possessive "'s" / "’s" whose apostrophe is inside the word, 3 for a solid Indonesian "nya"
 * after a stem of at least three units, 0 for none or when `mode` does not ask for that clitic.
 */
export function cliticCut(text: string, start: number, end: number, mode: ScanMode): number {
  const last = text.charCodeAt(end - 1) | 0x20;
  if (mode.possessive && last === 0x73 && end - start > 2 && classAt(text, end - 2) === APOSTROPHE) return 2;
  return mode.nya && endsInNya(text, start, end) ? 3 : 0;
}

/** Whether the word `text[start..end)` ends in "nya" (any case) after a stem of three or more units. */
export function endsInNya(text: string, start: number, end: number): boolean {
  return (
    end - start >= MIN_NYA_STEM + 3 &&
    (text.charCodeAt(end - 1) | 0x20) === 0x61 &&
    (text.charCodeAt(end - 2) | 0x20) === 0x79 &&
    (text.charCodeAt(end - 3) | 0x20) === 0x6e
  );
}

/**
 * Moves a stem's end back over in-word apostrophes, soft hyphens and line-break hyphenation
 * ("Assad'nya", "Assad-\nnya" → "Assad"), so a reported span never ends on a separator. Never
 * moves it before `start + 1`.
 */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1) {
    const cls = classAt(text, e - 1);
    if (cls !== APOSTROPHE && cls !== INVISIBLE && cls !== GAP) break;
    e--;
  }
  return e;
}
