/**
 * Scoring of the matcher against labelled pages: the one implementation behind `npm run eval`
 * and tests/unit/eval.test.ts.
 *
 * A label `{ text, entityId, occurrence? }` says that `text`, exactly as written on the page,
 * names `entityId`: every whole-word occurrence of it, or only the `occurrence`-th (1-based) when
 * given. "Whole word": no letter or digit just before, and after it either none or a clitic the
 * matcher strips ("'s", "’s", "nya"). An occurrence inside a longer labelled span ("Suriah" in
 * "Perang Saudara Suriah") is not a mention of its own.
 */

export interface Label {
  text: string;
  entityId: string;
  occurrence?: number;
}

/** A span of the page's text and the entity it names. */
export interface Span {
  start: number;
  end: number;
  entityId: string;
  /** For reading results only: "probable", "sentence start" (see Mention). */
  note?: string;
}

export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const CLITIC_AFTER = /^(?:['’]s\b|nya\b|-nya\b)/iu;

function isWholeWord(text: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) return false;
  return (
    end >= text.length || !WORD_CHAR.test(text[end] as string) || CLITIC_AFTER.test(text.slice(end, end + 4))
  );
}

/** Every whole-word occurrence of `needle` in `text`, in order. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (isWholeWord(text, at, at + needle.length)) found.push(at);
  }
  return found;
}

/**
 * The expected mentions of a page. Throws when a label matches nothing (or has no such
 * occurrence), so a fixture cannot silently drift from its labels.
 */
export function expectedSpans(text: string, labels: Label[]): Span[] {
  const spans: Span[] = [];
  for (const label of labels) {
    const starts = occurrences(text, label.text);
    const picked = label.occurrence === undefined ? starts : [starts[label.occurrence - 1]];
    if (picked.length === 0 || picked[0] === undefined)
      throw new Error(`label ${JSON.stringify(label)} matches nothing on the page`);
    for (const start of picked as number[])
      spans.push({ start, end: start + label.text.length, entityId: label.entityId });
  }
  const inside = (a: Span, b: Span) =>
    a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return spans.filter((a) => !spans.some((b) => inside(a, b))).sort((a, b) => a.start - b.start);
}

const key = (s: Span) => `${s.start}:${s.end}:${s.entityId}`;

/** Exact-span, same-entity scoring. An empty side scores 1 (nothing to find, nothing wrong). */
export function score(predicted: Span[], expected: Span[]): Score {
  const wanted = new Set(expected.map(key));
  const truePositives = new Set(predicted.map(key).filter((k) => wanted.has(k))).size;
  return summarise(truePositives, predicted.length, expected.length);
}

/** Precision, recall and F1 from counts (summed over pages for the overall score). */
export function summarise(truePositives: number, predicted: number, expected: number): Score {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, expected, precision, recall, f1 };
}

/** Spans in one list and not the other, for reading what went wrong. */
export function differences(predicted: Span[], expected: Span[]): { missed: Span[]; wrong: Span[] } {
  const p = new Set(predicted.map(key));
  const e = new Set(expected.map(key));
  return { missed: expected.filter((s) => !p.has(key(s))), wrong: predicted.filter((s) => !e.has(key(s))) };
}
