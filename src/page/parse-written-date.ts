/**
 * Reads a calendar date written the way Indonesian and English news pages write it, in bylines and
 * prose: "Senin, 2 Desember 2024 - 10:31", "Dec. 2, 2024", "Kompas.com - 02/12/2024, 10:31 WIB",
 * "Published 9:12 PM EST, Mon December 9, 2024", "2024-12-02T10:31:00+07:00". Pure: text in,
 * 'YYYY-MM-DD' out. The date is the one written; times and time zones are never applied, so a
 * page's own local date stays its date.
 */

/** A date found in a text: where it starts, what was written, and the date it names. */
export interface WrittenDate {
  date: string;
  /** The substring the date was read from. */
  match: string;
  index: number;
}

/** Month names and abbreviations, Indonesian (incl. the older "Pebruari", "Nopember") and English. */
// biome-ignore format: one line per month reads better than one name per line
const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agus: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

// Longest first, so "Maret" is never read as "Mar" + "et"; a letter may not follow the name.
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?![a-z])\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})(?!\\d)';

/** Each pattern yields [year, month, day] from its match; numeric day/month order is decided later. */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, dayFirst: boolean) => number[] }[] = [
  // 2 Desember 2024, 02 Des 2024, 9th of December, 2024
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}\\.?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'gi'),
    read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  // December 2, 2024; Dec. 2 2024; December 2nd, 2024
  {
    re: new RegExp(`(?<![a-z])${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+${YEAR}`, 'gi'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  // 2024-12-02, 2024/12/02 (year first is never ambiguous)
  {
    re: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g,
    read: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  // 02/12/2024, 2-12-2024, 02.12.2024: day/month order depends on the language (see numericOrder)
  {
    re: /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/g,
    read: (m, dayFirst) => {
      const [a, b] = [Number(m[1]), Number(m[3])];
      // A number above 12 can only be the day, whatever the language says.
      const dayIsFirst = dayFirst ? !(b > 12 && a <= 12) : a > 12;
      const [day, month] = dayIsFirst ? [a, b] : [b, a];
      return [Number(m[4]), month, day];
    },
  },
];

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
}

/**
 * Whether a numeric date like "12/09/2024" is read day first. The page language decides: `id`
 * (and any language other than English) → d/m/y, `en` → m/d/y; either way, a first number above
 * 12 can only be a day (and a second number above 12 can only be a day), so "25/12/2024" is
 * 25 December even on an English page. Without a language the text's own hints decide: an
 * Indonesian zone (WIB, WITA, WIT) means d/m/y; AM/PM with a US zone means m/d/y; otherwise d/m/y,
 * the order most of the world (and all of Indonesia) writes.
 */
function numericOrderDayFirst(text: string, lang: string | undefined): boolean {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return false;
  if (primary) return true;
  if (/\bWI(?:B|TA|T)\b/.test(text)) return true;
  return !/\b[AP]\.?M\.?\s+(?:E|C|M|P)[SD]?T\b/i.test(text);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first valid date written in `text` (earliest in the text), or undefined. Impossible dates
 * (31 February) and years outside 1900..2100 are skipped, so a later valid date can still win.
 * Two-digit years are not read: "2/12/24" is too easily a score or a fraction.
 */
export function findWrittenDate(text: string, lang?: string): WrittenDate | undefined {
  const dayFirst = numericOrderDayFirst(text, lang);
  let best: WrittenDate | undefined;
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) break;
      const [year = 0, month = 0, day = 0] = read(m, dayFirst);
      if (!isValidDate(year, month, day)) continue;
      best = { date: formatDate(year, month, day), match: m[0], index: m.index };
      break;
    }
  }
  return best;
}

/**
 * The date written in `text` as 'YYYY-MM-DD', or undefined. `lang` (the page's language, e.g.
 * "id", "en-US") decides ambiguous numeric dates; see {@link numericOrderDayFirst}.
 */
export function parseWrittenDate(text: string, lang?: string): string | undefined {
  return findWrittenDate(text, lang)?.date;
}
