import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.ts';
import type { MatcherAlias } from './types.ts';

const alias = (text: string, entityId: string, extra: Partial<MatcherAlias> = {}): MatcherAlias => ({
  text,
  entityId,
  caseSensitive: false,
  ...extra,
});

describe('buildMatcher: size and odd input', () => {
  it('counts distinct (normalised alias, case-sensitivity, language) entries', () => {
    const m = buildMatcher([
      alias('Al-Sham', 'a'),
      alias('al sham', 'b'),
      alias('Al Sham', 'c', { caseSensitive: true }),
      alias('Al Sham', 'd', { lang: 'id' }),
      alias('Al Sham', 'e', { lang: 'id-ID' }),
    ]);
    expect(m.size).toBe(3);
  });

  it('ignores aliases that are empty or fold to nothing', () => {
    const m = buildMatcher([alias('', 'a'), alias(' - , ', 'b'), alias('\u0301', 'c'), alias('’', 'd')]);
    expect(m.size).toBe(0);
    expect(m.find('a - , ’ \u0301')).toEqual([]);
  });

  it('skips malformed aliases instead of throwing', () => {
    const bad = [null, { text: 5, entityId: 'x' }, { text: 'Iran' }] as unknown as MatcherAlias[];
    const m = buildMatcher([...bad, alias('Iran', 'iran')]);
    expect(m.find('Iran').map((x) => x.entityIds)).toEqual([['iran']]);
  });

  it('accepts any iterable', () => {
    function* gen() {
      yield alias('Iran', 'iran');
    }
    expect(buildMatcher(gen()).size).toBe(1);
  });

  it('never throws on empty, broken or huge text', () => {
    const m = buildMatcher([alias('Iran', 'iran'), alias('Bashar al-Assad', 'b')]);
    expect(m.find('')).toEqual([]);
    expect(m.find('\ud800Iran\udc00 \udc00\ud800 Iran\ud83d')).toHaveLength(2);
    expect(m.find(undefined as unknown as string)).toEqual([]);
    expect(m.find('Iran', { lang: 42 as unknown as string })).toHaveLength(1);
    const huge = `${'x '.repeat(3_000_000)}Iran`;
    expect(m.find(huge).map((x) => x.start)).toEqual([6_000_000]);
  });

  it('finds names that straddle the internal chunk boundaries of a long text', () => {
    const m = buildMatcher([alias('Bashar al-Assad', 'b')]);
    for (const filler of [16381, 16382, 16383, 16384, 16385]) {
      const text = `${'kata '.repeat(filler)}Bashar al-Assad ${'kata '.repeat(filler)}Bashar al-Assad`;
      expect(m.find(text).map((x) => x.start)).toEqual([filler * 5, filler * 10 + 16]);
    }
  });
});
