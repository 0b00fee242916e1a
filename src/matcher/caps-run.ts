/**
 * Shouted text: headlines and banners written in capitals ("PETANI PERGI KE SANA", "AS ROD
 * PATAH"). There a common word looks exactly like an acronym, so a case-sensitive alias written in
 * capitals ("SANA", "AS", "HTS") tells nothing by its case and must not fire (issue 4).
 *
 * The rule, precisely: a match whose text has an upper-case letter and no lower-case one is
 * *shouted* when the rest of its line (up to REACH characters either side, stopping at line
 * breaks) holds at least MIN_WORDS other words with cased letters, and at least 80% of those
 * words' cased letters are upper-case. Letters without case (digits, Arabic, CJK) are ignored.
 * Case-insensitive aliases are unaffected: their case never carried information. Case-sensitive
 * aliases in mixed case ("Hama", "Telegram") never match an all-caps word in the first place.
 */

/** How far either side of a match the line is read. */
const REACH = 120;
/** Fewest other cased words that make a line a caps run: "SANA" alone on a line is not one. */
const MIN_WORDS = 2;
const UPPER_SHARE = 0.8;

function isLineBreak(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
}

/** 1 for an upper-case letter, -1 for a lower-case one, 0 for anything without case. */
function caseOf(text: string, k: number): number {
  const unit = text.charCodeAt(k);
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? 1 : unit >= 0x61 && unit <= 0x7a ? -1 : 0;
  const ch = text[k] as string;
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? -1 : 0;
}

/** Whether a UTF-16 unit separates words here (anything but a letter, digit or mark). */
function isSeparator(text: string, k: number): boolean {
  const unit = text.charCodeAt(k);
  if (unit < 0x80)
    return !((unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a));
  return !/[\p{L}\p{N}\p{M}]/u.test(text[k] as string);
}

/**
 * Counts, over `text[from..to)`, the words holding a cased letter and the upper- and lower-case
 * letters; adds them into `tally` ([words, upper, lower]). One pass, no allocation.
 */
function tallyCase(text: string, from: number, to: number, tally: number[]): void {
  let cased = false;
  for (let k = from; k <= to; k++) {
    if (k === to || isSeparator(text, k)) {
      if (cased) tally[0] = (tally[0] as number) + 1;
      cased = false;
      continue;
    }
    const c = caseOf(text, k);
    if (c === 0) continue;
    cased = true;
    if (c > 0) tally[1] = (tally[1] as number) + 1;
    else tally[2] = (tally[2] as number) + 1;
  }
}

/** Whether the match `text[start..end)` is written in capitals inside a line written in capitals. */
export function isShouted(text: string, start: number, end: number): boolean {
  const own = [0, 0, 0];
  tallyCase(text, start, end, own);
  if (own[1] === 0 || (own[2] as number) > 0) return false;
  let from = start;
  for (const stop = Math.max(0, start - REACH); from > stop && !isLineBreak(text.charCodeAt(from - 1)); )
    from--;
  let to = end;
  for (const stop = Math.min(text.length, end + REACH); to < stop && !isLineBreak(text.charCodeAt(to)); )
    to++;
  const tally = [0, 0, 0];
  tallyCase(text, from, start, tally);
  tallyCase(text, end, to, tally);
  const [w, u, l] = tally as [number, number, number];
  return w >= MIN_WORDS && u >= UPPER_SHARE * (u + l);
}
