/** Small text helpers shared by the world-layer builder. Pure and locale-independent (deterministic). */

/** Code-unit order: unlike localeCompare it cannot change with the machine's ICU data. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How the matcher sees a text, near enough to find duplicates and collisions: lower case, no
 * diacritics, apostrophes dropped, spaces/hyphens/dashes as one space.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼʻ`´′]/gu, '')
    .replace(/[\s\p{Pd}]+/gu, ' ')
    .trim();
}

/** Lower-case ASCII slug for entity ids: "Côte d'Ivoire" → "cote-d-ivoire". */
export function slugOf(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One word to the matcher (no space, hyphen or dash inside), e.g. "Chad", "UK", "U.S.A.". */
export const isSingleWord = (text: string): boolean => !/[\s\p{Pd}]/u.test(text.trim());

/** Whether the text has letters with case at all (Latin, Cyrillic, Greek; not Arabic or CJK). */
export const hasCase = (text: string): boolean => text.toLowerCase() !== text.toUpperCase();

/** "UK", "UAE", "U.S.A.", "DPRK": capitals (and dots) only, at least two letters. */
export const isAcronym = (text: string): boolean =>
  /^[\p{Lu}.&]+$/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2;
