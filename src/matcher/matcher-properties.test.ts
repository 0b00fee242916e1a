import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.ts';
import { classAt, WORD } from './normalize.ts';
import type { MatcherAlias } from './types.ts';

/** Words with case and diacritic variants, and separators with and without punctuation. */
const VOCABULARY = ['suriah', 'Suriah', 'SÜRIAH', 'rusia', 'Rusia', 'al', 'Al', 'sham', 'Şham', 'x'];
const SEPARATORS = [' ', '-', '\u00a0', '\n', ' – ', '. ', ', ', ' (', ') '];

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A deliberately naive matcher for the restricted alphabet above: brute-force leftmost-longest. */
function reference(aliases: string[][], text: string): [number, number, string][] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    fold: fold(m[0]),
  }));
  const punctuatedBefore = (i: number) => /[.,()]/.test(text.slice(words[i - 1]?.end, words[i]?.start));
  const out: [number, number, string][] = [];
  for (let i = 0; i < words.length; ) {
    let best: string[] | undefined;
    for (const alias of aliases) {
      const fits = alias.every((w, k) => words[i + k]?.fold === w && (k === 0 || !punctuatedBefore(i + k)));
      if (fits && alias.length > (best?.length ?? 0)) best = alias;
    }
    if (!best) i++;
    else {
      out.push([words[i]?.start as number, words[i + best.length - 1]?.end as number, best.join(' ')]);
      i += best.length;
    }
  }
  return out;
}

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const aliasArb = fc.uniqueArray(
  fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 3 }).map((ws) => ws.map(fold)),
  { minLength: 1, maxLength: 8, selector: (ws) => ws.join(' ') },
);

describe('buildMatcher properties', () => {
  it('agrees with a brute-force leftmost-longest reference', () => {
    fc.assert(
      fc.property(aliasArb, textArb, (aliases, text) => {
        const list: MatcherAlias[] = aliases.map((ws) => ({
          text: ws.join('-'),
          entityId: ws.join(' '),
          caseSensitive: false,
        }));
        const found = buildMatcher(list)
          .find(text)
          .map((m) => [m.start, m.end, m.entityIds[0]]);
        expect(found).toEqual(reference(aliases, text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and returns sorted, disjoint spans that start and end on word characters', () => {
    const anyUtf16 = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 })
      .map((u) => String.fromCharCode(...u));
    const matcher = buildMatcher(
      ['a', 'é b', "c'd", 'A', '\ud800', '中文'].map((text, i) => ({
        text,
        entityId: `${i}`,
        caseSensitive: i === 3,
      })),
    );
    fc.assert(
      fc.property(fc.oneof(anyUtf16, fc.string({ unit: 'binary' }), textArb), (text) => {
        let previousEnd = 0;
        for (const m of matcher.find(text, { lang: 'id' })) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(classAt(text, m.start)).toBe(WORD);
          expect(classAt(text, m.end - 1) === WORD || classAt(text, m.end - 2) === WORD).toBe(true);
          previousEnd = m.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
