/**
 * Mention-finding quality on the labelled pages in tests/fixtures/eval (issue 4): precision,
 * recall and F1 per page and overall, then every miss and every wrong mention with its context.
 *
 *   npm run eval
 *
 * tests/unit/eval.test.ts runs the same evaluation and holds the floors.
 */
import { evaluate } from './eval/run-eval.ts';
import type { Score, Span } from './eval/score.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, lang: string, s: Score) => ({
  page: name,
  lang,
  expected: s.expected,
  found: s.predicted,
  correct: s.truePositives,
  precision: pct(s.precision),
  recall: pct(s.recall),
  F1: pct(s.f1),
});

const { pages, overall } = await evaluate();
console.table([...pages.map((p) => row(p.name, p.lang ?? '?', p.score)), row('OVERALL', '', overall)]);

const show = (text: string, s: Span) =>
  `«${text.slice(s.start, s.end)}» → ${s.entityId}${s.note ? ` (${s.note})` : ''}   …${text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\s+/g, ' ')}…`;
for (const page of pages) {
  for (const s of page.missed) console.log(`${page.name}  missed  ${show(page.text, s)}`);
  for (const s of page.wrong) console.log(`${page.name}  wrong   ${show(page.text, s)}`);
}
