import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/eval/run-eval.ts';
import { expectedSpans, score, summarise } from '../../scripts/eval/score.ts';

/** Issue 4's floors on the labelled pages in tests/fixtures/eval (`npm run eval` prints the detail). */
describe('mention-finding quality on the labelled pages', () => {
  let pages: Awaited<ReturnType<typeof evaluate>>['pages'] = [];
  let overall: Awaited<ReturnType<typeof evaluate>>['overall'];
  beforeAll(async () => {
    ({ pages, overall } = await evaluate());
  });

  it('has at least 8 pages, Indonesian and English, with trap pages among them', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['id', 'en']));
    expect(pages.filter((p) => p.name.includes('trap')).length).toBeGreaterThanOrEqual(2);
  });

  it('holds precision ≥ 0.97 and recall ≥ 0.95 overall', () => {
    const detail = pages.flatMap((p) => [
      ...p.missed.map((s) => `${p.name} missed ${p.text.slice(s.start, s.end)} → ${s.entityId}`),
      ...p.wrong.map((s) => `${p.name} wrong ${p.text.slice(s.start, s.end)} → ${s.entityId}`),
    ]);
    expect(overall.precision, detail.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(overall.recall, detail.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the scoring itself', () => {
  const text = 'Perang Saudara Suriah: Suriah, Assad’s army, Assadnya; Suriahnya. xSuriah';

  it('resolves every whole-word occurrence, keeps clitics outside, and drops labels inside longer ones', () => {
    const spans = expectedSpans(text, [
      { text: 'Perang Saudara Suriah', entityId: 'war' },
      { text: 'Suriah', entityId: 'syria' },
      { text: 'Assad', entityId: 'assad' },
    ]);
    expect(spans.map((s) => `${text.slice(s.start, s.end)}=${s.entityId}`)).toEqual([
      'Perang Saudara Suriah=war',
      'Suriah=syria',
      'Assad=assad',
      'Assad=assad',
      'Suriah=syria',
    ]);
  });

  it('picks one occurrence when asked, and refuses a label that matches nothing', () => {
    expect(expectedSpans(text, [{ text: 'Suriah', entityId: 'syria', occurrence: 2 }])).toHaveLength(1);
    expect(() => expectedSpans(text, [{ text: 'Damaskus', entityId: 'damascus' }])).toThrow(
      /matches nothing/,
    );
    expect(() => expectedSpans(text, [{ text: 'Suriah', entityId: 'syria', occurrence: 9 }])).toThrow();
  });

  it('counts only exact spans naming the right entity', () => {
    const expected = [
      { start: 0, end: 5, entityId: 'a' },
      { start: 10, end: 15, entityId: 'b' },
    ];
    const s = score(
      [
        { start: 0, end: 5, entityId: 'a' },
        { start: 10, end: 15, entityId: 'x' },
        { start: 20, end: 24, entityId: 'c' },
      ],
      expected,
    );
    expect([s.truePositives, s.precision, s.recall]).toEqual([1, 1 / 3, 1 / 2]);
    expect(s.f1).toBeCloseTo(0.4);
    expect(summarise(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
