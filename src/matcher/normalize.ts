/**
 * Character classes and folding, one code point at a time.
 *
 * Every BMP code point is classified and folded once, then served from typed-array tables (ASCII
 * is filled at load time, other BMP characters on first sight). Code points whose fold is not
 * exactly one UTF-16 unit (astral characters, "ß" → "ss", bare combining marks → "") live in a
 * Map. Both the alias builder and the text scanner fold through here, so they cannot disagree.
 */

/** Letters and digits whose folds are one BMP unit each (read straight from FOLD_CI / FOLD_CS). */
export const WORD = 1;
/** The apostrophes ' ’ ‘ ʼ ʻ ` ´ ′: dropped between letters, punctuation elsewhere. */
export const APOSTROPHE = 2;
/** Spaces (incl. no-break), line breaks, hyphens and dashes: may sit inside a multi-word name. */
export const GAP = 3;
/** Soft hyphen and zero-width joiners: ignored between letters, a gap elsewhere. */
export const INVISIBLE = 4;
/** Everything else (sentence punctuation, symbols, lone surrogates): ends a multi-word name. */
export const BREAK = 5;
/** Word characters whose fold is not one BMP unit (combining marks, "ß", "ﬁ", astral letters). */
export const WORD_WIDE = 6;

/** Whether a class is one of the two word classes. */
export function isWord(cls: number): boolean {
  return cls === WORD || cls === WORD_WIDE;
}

/** How one code point reads: its class, and for words its folds with and without case. */
export interface CharFold {
  cls: number;
  /** Case-insensitive fold: lower case, diacritics stripped, compatibility forms decomposed. */
  ci: string;
  /** Case-sensitive fold: as `ci` but keeping letter case. */
  cs: string;
}

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2bb, 0x2bc, 0x2018, 0x2019, 0x2032]);
const INVISIBLES = new Set([0xad, 0x200c, 0x200d, 0x2060, 0xfeff]);
const DASHES = new Set([
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2e3a, 0x2e3b, 0xfe58, 0xfe63, 0xff0d,
]);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;
const MARKS = /\p{M}/gu;
/** Letters NFKD leaves alone but readers treat as plain Latin ("Diyarbakır", "Łódź", "Søren"). */
const EXTRA_FOLDS = new Map(
  'ı:i ł:l Ł:L ø:o Ø:O đ:d Đ:D ð:d Ð:D ħ:h Ħ:H ß:ss ẞ:SS æ:ae Æ:AE œ:oe Œ:OE þ:th Þ:TH'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
const EXTRA = new RegExp(`[${[...EXTRA_FOLDS.keys()].join('')}]`, 'gu');

/**
 * Class of each BMP code unit; 0 = not yet computed, or a surrogate: then ask `classAt`, which
 * fills it. Read-only for callers.
 */
export const CLASS_TABLE = new Uint8Array(0x10000);
/**
 * Case-insensitive fold of each BMP code unit of class WORD (filled when the unit is first
 * classified, so read it only after `bmpClass`). Read-only for callers.
 */
export const FOLD_CI = new Uint16Array(0x10000);
/** Case-sensitive fold of each BMP code unit of class WORD, as FOLD_CI. Read-only for callers. */
export const FOLD_CS = new Uint16Array(0x10000);
/** Classes and folds of code points that are not in the tables: WORD_WIDE, astral, surrogates. */
const SLOW = new Map<number, CharFold>();

function classOf(cp: number, s: string): number {
  if (APOSTROPHES.has(cp)) return APOSTROPHE; // before WORD: ʼ and ʻ are Unicode letters
  if (INVISIBLES.has(cp)) return INVISIBLE;
  if (DASHES.has(cp) || cp === 0x200b || SPACE_CHAR.test(s)) return GAP;
  return WORD_CHAR.test(s) ? WORD : BREAK;
}

function stripFold(s: string): string {
  const folded = s
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(EXTRA, (ch) => EXTRA_FOLDS.get(ch) ?? ch);
  // Keep only word characters: a compatibility form may bring punctuation or an apostrophe along
  // ("⑴" → "(1)", "Ŀ" → "l·", "ŉ" → "ʼn"), which a second fold would drop. Without them folding
  // is idempotent: folding a folded word changes nothing.
  let kept = '';
  for (const ch of folded) if (classOf(ch.codePointAt(0) as number, ch) === WORD) kept += ch;
  return kept;
}

/**
 * Computes a code point's class and folds from scratch (no cache; word characters come back as
 * WORD, never WORD_WIDE). Callers use `bmpClass` and `charFold`.
 */
export function computeFold(cp: number): CharFold {
  const s = String.fromCodePoint(cp);
  const cls = classOf(cp, s);
  if (cls !== WORD) return { cls, ci: '', cs: '' };
  // Lower-case before decomposing ("İ" → "i̇" → "i") and after (compatibility forms like "ℌ" → "H").
  return { cls, ci: stripFold(s.toLowerCase()).toLowerCase(), cs: stripFold(s) };
}

/** Whether a word character's folds fit the tables: one BMP unit each, from one BMP unit. */
function fitsTables(cp: number, fold: CharFold): boolean {
  return cp <= 0xffff && fold.ci.length === 1 && fold.cs.length === 1;
}

function fillBmp(cp: number): number {
  const fold = computeFold(cp);
  if (fold.cls === WORD && fitsTables(cp, fold)) {
    FOLD_CI[cp] = fold.ci.charCodeAt(0);
    FOLD_CS[cp] = fold.cs.charCodeAt(0);
  } else if (fold.cls === WORD) {
    fold.cls = WORD_WIDE;
    SLOW.set(cp, fold);
  }
  CLASS_TABLE[cp] = fold.cls;
  return fold.cls;
}

for (let cp = 0; cp < 0x80; cp++) fillBmp(cp);

/** Class of a BMP code unit that is not a surrogate (cached). */
export function bmpClass(unit: number): number {
  const cls = CLASS_TABLE[unit] as number;
  return cls === 0 ? fillBmp(unit) : cls;
}

/**
 * Class and folds of any code point (cached). Lone surrogates are BREAK; word characters that
 * do not fit the tables are WORD_WIDE.
 */
export function charFold(cp: number): CharFold {
  let fold = SLOW.get(cp);
  if (fold === undefined) {
    // Same rule as fillBmp, so both agree on WORD versus WORD_WIDE.
    fold = cp >= 0xd800 && cp <= 0xdfff ? { cls: BREAK, ci: '', cs: '' } : computeFold(cp);
    if (fold.cls === WORD && !fitsTables(cp, fold)) fold.cls = WORD_WIDE;
    SLOW.set(cp, fold);
  }
  return fold;
}

/** Class of the character starting at `pos` (0 past the end), handling surrogate pairs. */
export function classAt(text: string, pos: number): number {
  if (pos >= text.length) return 0;
  const unit = text.charCodeAt(pos);
  if (unit < 0xd800 || unit > 0xdfff) return bmpClass(unit);
  return charFold(text.codePointAt(pos) as number).cls;
}
