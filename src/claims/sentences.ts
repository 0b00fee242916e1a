/**
 * Splits a block of page text into sentences, as [start, end) ranges (end after the closing
 * punctuation and quotes). A sentence ends at . ! ? or … followed by space and then a capital,
 * a digit or an opening quote, or at a line break; not after a lone initial ("J. Smith") or a
 * common abbreviation ("Dr.", "No.", "Jl.", "dll."), and not inside a number ("3.5").
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st no vs etc jr sr inc ltd co gen col lt sgt rev jl dll dsb dkk tsb hlm bpk ibu sdr yth kol mayjen letjen brigjen'.split(
    ' ',
  ),
);

const END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«([]?[\p{Lu}\p{N}])|\n+/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(text, m.index)) continue;
    push(spans, text, start, m[0].startsWith('\n') ? m.index : end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1];
  if (!before) return false;
  if (before.length === 1 && before === before.toUpperCase()) return true; // an initial
  return ABBREVIATIONS.has(before.toLowerCase());
}

function push(spans: Span[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}
