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

/** Upper- and lower-case letter counts of `text[from..to)`; [upper, lower]. */
function caseCounts(text: string, from: number, to: number): [number, number] {
  let upper = 0;
  let lower = 0;
  for (let k = from; k < to; k++) {
    const ch = text[k] as string;
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return [upper, lower];
}

/** Whether the match `text[start..end)` is written in capitals inside a line written in capitals. */
export function isShouted(text: string, start: number, end: number): boolean {
  const [upper, lower] = caseCounts(text, start, end);
  if (upper === 0 || lower > 0) return false;
  let from = start;
  for (const stop = Math.max(0, start - REACH); from > stop && !isLineBreak(text.charCodeAt(from - 1)); )
    from--;
  let to = end;
  for (const stop = Math.min(text.length, end + REACH); to < stop && !isLineBreak(text.charCodeAt(to)); )
    to++;
  let words = 0;
  let up = 0;
  let low = 0;
  for (const side of [text.slice(from, start), text.slice(end, to)]) {
    for (const word of side.split(/[^\p{L}\p{N}\p{M}]+/u)) {
      const [u, l] = caseCounts(word, 0, word.length);
      if (u + l === 0) continue;
      words++;
      up += u;
      low += l;
    }
  }
  return words >= MIN_WORDS && up >= UPPER_SHARE * (up + low);
}
