import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.ts';
import type { MatcherAlias, Mention } from './types.ts';

const alias = (text: string, entityId: string, extra: Partial<MatcherAlias> = {}): MatcherAlias => ({
  text,
  entityId,
  caseSensitive: false,
  ...extra,
});

/** A pack-like alias set without any misspelling alias: whatever matches loosely is fuzzy. */
const matcher = buildMatcher([
  alias("Hay'at Tahrir al-Sham", 'hts'),
  alias('Tahrir al-Sham', 'hts'),
  alias('HTS', 'hts', { caseSensitive: true }),
  alias('Bashar al-Assad', 'bashar'),
  alias('Perang Saudara Suriah', 'civil-war'),
  alias('Republik Islam Iran', 'iran'),
  alias('Iraq', 'iraq'),
  alias('Amerika Serikat', 'us'),
  alias('Suriah', 'syria'),
  alias('Syrian conflict', 'civil-war', { lang: 'en' }),
  alias('Kota Hama', 'hama', { caseSensitive: true }),
]);

function spotted(
  text: string,
  lang = 'id',
): (Pick<Mention, 'probable' | 'distance'> & { text: string; id?: string })[] {
  return matcher.find(text, { lang }).map((m) => ({
    text: text.slice(m.start, m.end),
    id: m.entityIds[0],
    probable: m.probable,
    ...(m.distance !== undefined && { distance: m.distance }),
  }));
}

describe('fuzzy matching of long names', () => {
  it("reads the seed article's misspelling as Hay'at Tahrir al-Sham, probable, distance 2", () => {
    expect(spotted("kelompok Hayi'at Tahrir Al Shams menyerang")).toEqual([
      { text: "Hayi'at Tahrir Al Shams", id: 'hts', probable: true, distance: 2 },
    ]);
  });

  it('reports the pack’s alias, and keeps exact matches certain and distance-free', () => {
    const [m] = matcher.find("Hayi'at Tahrir Al Shams");
    expect(m?.alias).toBe("Hay'at Tahrir al-Sham");
    expect(spotted("Hay'at Tahrir al-Sham")).toEqual([
      { text: "Hay'at Tahrir al-Sham", id: 'hts', probable: false },
    ]);
  });

  it('prefers the leftmost, longer fuzzy name over a shorter exact one inside it', () => {
    expect(spotted('Hayiat Tahrir al-Sham')).toEqual([
      { text: 'Hayiat Tahrir al-Sham', id: 'hts', probable: true, distance: 1 },
    ]);
  });

  it('tolerates one slip in a shorter long name', () => {
    expect(spotted('Presiden Bashar al-Asaad dan Basher al-Assad')).toEqual([
      { text: 'Bashar al-Asaad', id: 'bashar', probable: true, distance: 1 },
      { text: 'Basher al-Assad', id: 'bashar', probable: true, distance: 1 },
    ]);
    expect(spotted('Perang Saudara Surieh')[0]).toMatchObject({ id: 'civil-war', distance: 1 });
  });

  it('ends a fuzzy match before a clitic', () => {
    expect(spotted("Hayiat Tahrir al-Sham's fighters", 'en')[0]?.text).toBe('Hayiat Tahrir al-Sham');
  });

  it('is not too strict: two slips in a name of 16+ letters still match', () => {
    expect(spotted('Hayat Tahrir al-Shams')[0]).toMatchObject({ id: 'hts', distance: 1 });
    expect(spotted('Hayiat Tahrir al-Shams')[0]).toMatchObject({ id: 'hts', distance: 2 });
  });

  it('is not too loose: Tahrir Square is not HTS, and common phrases stay common', () => {
    for (const text of [
      'Demonstran berkumpul di Tahrir Square, Kairo.',
      'Protesters filled Tahrir Square again.',
      'perang saudara Sudan berlanjut',
      'Perang Saudara Syiah',
      'Republik Islam Iraq',
      'Hayiat Tahrir al-Shamsi', // three slips: over budget
      'Hayat Tahrir Sham', // a word missing
      'Hayat Tahrir. Al Sham', // punctuation where the name has none
      'Bashar el-Assad', // a short word must be exact
      'Nashar al-Assad', // the first letter must agree
    ]) {
      expect(
        spotted(text).filter((m) => m.probable),
        text,
      ).toEqual([]);
    }
  });

  it('never fuzzy-matches short names or case-sensitive aliases', () => {
    const short = buildMatcher([
      alias('Suriah Raya', 'x'),
      alias('Kota Hamah', 'y', { caseSensitive: true }),
    ]);
    expect(short.find('Suriah Raye')).toEqual([]); // 11 characters: too short
    expect(short.find('Kota Hamat')).toEqual([]);
    expect(spotted('Suryah')).toEqual([]);
  });

  it('does not read a word the pack knows as a name as a misspelling of another', () => {
    expect(spotted('Republik Islam Iran')[0]).toMatchObject({ id: 'iran', probable: false });
    expect(spotted('Republik Islam Irak')).toEqual([]); // "Irak" is no name here, but 4 letters: no substitution
    const withIrak = buildMatcher([alias('Republik Islam Irane', 'iran'), alias('Irana', 'irana')]);
    expect(withIrak.find('Republik Islam Irana').map((m) => m.entityIds[0])).toEqual(['irana']);
    expect(withIrak.find('Republik Islam Iranu').map((m) => m.entityIds[0])).toEqual(['iran']);
  });

  it('respects language-scoped names', () => {
    expect(spotted('the Syrian conflicts', 'en')).toEqual([
      { text: 'Syrian conflicts', id: 'civil-war', probable: true, distance: 1 },
    ]);
    expect(spotted('the Syrian conflicts', 'id')).toEqual([]);
  });

  it('finds fuzzy names on both sides of the internal chunk boundaries of a long text', () => {
    for (const filler of [16381, 16382, 16383, 16384, 16385]) {
      const text = `${'kata '.repeat(filler)}Hayiat Tahrir al-Sham ${'kata '.repeat(filler)}Hayiat Tahrir al-Sham`;
      expect(matcher.find(text).map((m) => [m.start, m.probable])).toEqual([
        [filler * 5, true],
        [filler * 10 + 22, true],
      ]);
    }
  });
});
