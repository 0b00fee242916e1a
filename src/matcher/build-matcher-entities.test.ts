import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.ts';
import type { MatcherAlias } from './types.ts';

const alias = (text: string, entityId: string, extra: Partial<MatcherAlias> = {}): MatcherAlias => ({
  text,
  entityId,
  caseSensitive: false,
  ...extra,
});

const SEED_ALIASES = [
  alias('Assad', 'bashar-al-assad'),
  alias('Damaskus', 'damascus'),
  alias('Suriah', 'syria'),
  alias('SANA', 'sana', { caseSensitive: true }),
  alias('Hama', 'hama', { caseSensitive: true }),
];

describe('buildMatcher on Indonesian news text', () => {
  const matcher = buildMatcher(SEED_ALIASES);

  it('finds every name in the seed paragraph with exact spans', () => {
    const text =
      'Sementara itu Assad sedang berada di Damaskus. Kantor berita pemerintah Suriah, SANA, ' +
      'melaporkan pasukan pemerintah merebut sejumlah wilayah di sekitar Hama.';
    expect(matcher.find(text, { lang: 'id' })).toEqual([
      { start: 14, end: 19, entityIds: ['bashar-al-assad'], alias: 'Assad', probable: false },
      { start: 37, end: 45, entityIds: ['damascus'], alias: 'Damaskus', probable: false },
      { start: 72, end: 78, entityIds: ['syria'], alias: 'Suriah', probable: false },
      { start: 80, end: 84, entityIds: ['sana'], alias: 'SANA', probable: false },
      { start: 152, end: 156, entityIds: ['hama'], alias: 'Hama', probable: false },
    ]);
    expect(text.slice(152, 156)).toBe('Hama');
  });

  it('leaves the common words "hama" and "sana" alone', () => {
    expect(matcher.find('Petani mengeluhkan hama wereng dan pergi ke sana kemari.', { lang: 'id' })).toEqual(
      [],
    );
    expect(matcher.find('Sana, Hama wereng, HAMA, sAna', { lang: 'id' }).map((m) => m.alias)).toEqual([
      'Hama',
    ]);
  });
});

describe('buildMatcher: case-sensitive aliases', () => {
  it('compare after folding diacritics and apostrophes, but not case', () => {
    const m = buildMatcher([
      alias('Hay’at', 'hts', { caseSensitive: true }),
      alias('Çakır', 'c', { caseSensitive: true }),
    ]);
    const text = "Hay'at hay'at Cakır Çakir çakır";
    expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual(["Hay'at", 'Cakır', 'Çakir']);
  });

  it('keep case through compatibility folds outside the tables', () => {
    const m = buildMatcher([alias('A', 'a', { caseSensitive: true })]);
    const text = 'ℌ𝐀 𝐀 𝐚 A';
    expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual(['𝐀', 'A']);
  });

  it('live beside a case-insensitive alias of the same words', () => {
    const m = buildMatcher([alias('Hama', 'hama-city', { caseSensitive: true }), alias('hama', 'pest')]);
    expect(m.find('Kota Hama')[0]?.entityIds).toEqual(['hama-city', 'pest']);
    expect(m.find('hama wereng')[0]?.entityIds).toEqual(['pest']);
    expect(m.size).toBe(2);
  });

  it('interleave their entities with a case-insensitive twin in input order', () => {
    const m = buildMatcher([
      alias('Hama', 'a', { caseSensitive: true }),
      alias('hama', 'b'),
      alias('HAMA', 'c'),
      alias('Hama', 'd', { caseSensitive: true }),
    ]);
    expect(m.find('Hama')[0]?.entityIds).toEqual(['a', 'b', 'c', 'd']);
    expect(m.find('hama')[0]?.entityIds).toEqual(['b', 'c']);
  });

  it('win when longer than a case-insensitive match at the same start', () => {
    const m = buildMatcher([alias('Kota', 'kota'), alias('Kota Hama', 'hama', { caseSensitive: true })]);
    expect(m.find('Kota Hama').map((x) => x.entityIds[0])).toEqual(['hama']);
    expect(m.find('kota hama').map((x) => x.entityIds[0])).toEqual(['kota']);
  });
});

describe('buildMatcher: language-scoped aliases', () => {
  const m = buildMatcher([
    alias('AS', 'united-states', { lang: 'id', caseSensitive: true }),
    alias('Iran', 'iran'),
  ]);

  it('apply only when the page has the same primary language', () => {
    expect(m.find('AS dan Iran', { lang: 'id' }).map((x) => x.entityIds[0])).toEqual([
      'united-states',
      'iran',
    ]);
    expect(m.find('AS dan Iran', { lang: 'ID-id' }).map((x) => x.entityIds[0])).toEqual([
      'united-states',
      'iran',
    ]);
    expect(m.find('AS and Iran', { lang: 'en' }).map((x) => x.entityIds[0])).toEqual(['iran']);
  });

  it('do not apply when the page language is unknown', () => {
    expect(m.find('AS dan Iran').map((x) => x.entityIds[0])).toEqual(['iran']);
    expect(m.find('AS dan Iran', {}).map((x) => x.entityIds[0])).toEqual(['iran']);
  });

  it('merge with unscoped aliases of the same words, in input order', () => {
    const shared = buildMatcher([alias('Assad', 'hafez', { lang: 'en' }), alias('Assad', 'bashar')]);
    expect(shared.find('Assad', { lang: 'en-GB' })[0]?.entityIds).toEqual(['hafez', 'bashar']);
    expect(shared.find('Assad', { lang: 'id' })[0]?.entityIds).toEqual(['bashar']);
    expect(shared.size).toBe(2);
  });

  it('fall back to a shorter alias when the longer one is scoped to another language', () => {
    const scoped = buildMatcher([alias('Kota', 'kota'), alias('Kota Hama', 'hama', { lang: 'id' })]);
    expect(scoped.find('Kota Hama', { lang: 'en' }).map((x) => x.entityIds[0])).toEqual(['kota']);
    expect(scoped.find('Kota Hama', { lang: 'id' }).map((x) => x.entityIds[0])).toEqual(['hama']);
  });
});

describe('buildMatcher: shared aliases, alias text, probable', () => {
  it('lists every entity of a shared alias once, in the order given', () => {
    const m = buildMatcher([
      alias('Assad', 'bashar'),
      alias('Hafez', 'hafez'),
      alias('assad', 'hafez'),
      alias('ASSAD', 'bashar'),
      alias('Assad', 'asma'),
    ]);
    expect(m.find('Assad')[0]?.entityIds).toEqual(['bashar', 'hafez', 'asma']);
    expect(m.size).toBe(2);
  });

  it('reports the original text of the winning alias', () => {
    const m = buildMatcher([alias('Bashar al-Assad', 'bashar'), alias('bashar al assad', 'other')]);
    expect(m.find('BASHAR AL ASSAD')[0]).toMatchObject({
      alias: 'Bashar al-Assad',
      entityIds: ['bashar', 'other'],
    });
  });

  it('marks matches on misspellings as probable', () => {
    const m = buildMatcher([
      alias('Asad', 'bashar', { kind: 'misspelling' }),
      alias('Assad', 'bashar', { kind: 'name' }),
    ]);
    expect(m.find('Asad Assad').map((x) => [x.alias, x.probable])).toEqual([
      ['Asad', true],
      ['Assad', false],
    ]);
  });

  it('returns fresh entity arrays, so callers cannot corrupt the matcher', () => {
    const m = buildMatcher([alias('Assad', 'bashar')]);
    m.find('Assad')[0]?.entityIds.push('mutated');
    expect(m.find('Assad')[0]?.entityIds).toEqual(['bashar']);
  });
});
