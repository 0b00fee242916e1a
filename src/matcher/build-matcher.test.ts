import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.ts';
import type { FindOptions, MatcherAlias } from './types.ts';

/** Case-insensitive aliases, each naming an entity called like the alias itself. */
const aliases = (...texts: string[]): MatcherAlias[] =>
  texts.map((text) => ({ text, entityId: text, caseSensitive: false }));

/** The surface text of every mention, in order. */
function surfaces(list: MatcherAlias[], text: string, options?: FindOptions): string[] {
  return buildMatcher(list)
    .find(text, options)
    .map((m) => text.slice(m.start, m.end));
}

describe('buildMatcher: Unicode normalisation', () => {
  it('ignores case', () => {
    expect(surfaces(aliases('Damaskus'), 'DAMASKUS damaskus DaMaSkUs')).toEqual([
      'DAMASKUS',
      'damaskus',
      'DaMaSkUs',
    ]);
  });

  it('folds diacritics both ways', () => {
    expect(surfaces(aliases('Erdoğan', 'Turkiye'), 'Erdogan; Türkiye; ERDOĞAN')).toEqual([
      'Erdogan',
      'Türkiye',
      'ERDOĞAN',
    ]);
  });

  it('drops every kind of apostrophe inside words', () => {
    const text = "Hay'at Hayʼat Hay’at Hay‘at Hayʻat Hay`at Hay´at Hay′at Hayat";
    expect(surfaces(aliases('Hay’at'), text)).toHaveLength(9);
    expect(surfaces(aliases('Hayat'), text)).toHaveLength(9);
  });

  it('treats hyphens, dashes, spaces, no-break spaces and soft hyphens alike between words', () => {
    const text =
      'al-Sham, al Sham, Al Sham, al‐Sham, al‑Sham, al‒Sham, al–Sham, al—Sham, al\u00a0Sham, al\u202fSham';
    expect(surfaces(aliases('al-Sham'), text)).toHaveLength(10);
    expect(surfaces(aliases('Al Sham'), `${text}, al\u00adSham`)).toHaveLength(10);
    expect(surfaces(aliases('Bashar al-Assad'), 'Bashar Al Assad')).toEqual(['Bashar Al Assad']);
  });

  it('ignores a soft hyphen inside a word', () => {
    expect(surfaces(aliases('Damaskus'), 'Da\u00admas\u00adkus')).toEqual(['Da\u00admas\u00adkus']);
  });
});

describe('buildMatcher: word boundaries', () => {
  it('matches whole words only', () => {
    expect(surfaces(aliases('Iran', 'Rusia'), 'Iranian Rusiahnya Iran-Irak pro-Rusia')).toEqual([
      'Iran',
      'Rusia',
    ]);
    expect(surfaces(aliases('Iran'), 'Tehran Iranian')).toEqual([]);
  });

  it('does not match a word inside a longer alias word', () => {
    expect(surfaces(aliases('Hama'), 'Hamas')).toEqual([]);
  });

  it('treats digits as part of words', () => {
    expect(surfaces(aliases('G20'), 'KTT G20 di G200 dan G2')).toEqual(['G20']);
  });

  it('excludes surrounding punctuation and separators from the span', () => {
    expect(surfaces(aliases('Suriah'), ' (“Suriah”), -Suriah- ‘Suriah’')).toEqual([
      'Suriah',
      'Suriah',
      'Suriah',
    ]);
  });
});

describe('buildMatcher: multi-word aliases', () => {
  it('match across spaces and hyphens, and across a line break', () => {
    expect(
      surfaces(aliases('Amerika Serikat'), 'Amerika  Serikat, Amerika\nSerikat, Amerika-Serikat'),
    ).toEqual(['Amerika  Serikat', 'Amerika\nSerikat', 'Amerika-Serikat']);
  });

  it('never match across sentence punctuation', () => {
    expect(surfaces(aliases('Suriah Rusia'), 'Suriah. Rusia; Suriah, Rusia: Suriah (Rusia)')).toEqual([]);
    expect(surfaces(aliases('Suriah Rusia'), 'Suriah Rusia')).toEqual(['Suriah Rusia']);
  });

  it('match punctuation inside the alias against punctuation in the text', () => {
    expect(surfaces(aliases('U.S.'), 'the U.S. and U. S. but not U S')).toEqual(['U.S', 'U. S']);
  });

  it('need every word', () => {
    expect(surfaces(aliases('Perang Saudara Suriah'), 'Perang Saudara di Suriah')).toEqual([]);
  });
});

describe('buildMatcher: leftmost-longest, non-overlapping', () => {
  it('prefers the longest alias at the same start', () => {
    const list = aliases('Suriah', 'Perang Saudara Suriah', 'Perang', 'Amerika', 'Amerika Serikat');
    expect(surfaces(list, 'Perang Saudara Suriah melibatkan Amerika Serikat dan Amerika.')).toEqual([
      'Perang Saudara Suriah',
      'Amerika Serikat',
      'Amerika',
    ]);
  });

  it('falls back to a shorter alias when the longer one is incomplete', () => {
    expect(surfaces(aliases('Perang', 'Perang Saudara Suriah'), 'Perang Saudara Rusia')).toEqual(['Perang']);
  });

  it('prefers the leftmost start over a longer later one', () => {
    expect(surfaces(aliases('Jabhat al', 'al Nusra Front'), 'Jabhat al Nusra Front')).toEqual(['Jabhat al']);
  });

  it('returns mentions sorted and without overlap', () => {
    const found = buildMatcher(aliases('a b', 'b c', 'c')).find('a b c b c');
    expect(found.map((m) => [m.start, m.end])).toEqual([
      [0, 3],
      [4, 5],
      [6, 9],
    ]);
  });
});

describe('buildMatcher: clitics', () => {
  it('matches a possessive without its "’s"', () => {
    expect(surfaces(aliases('Assad'), "Assad's army, Assad’s allies, ASSAD'S")).toEqual([
      'Assad',
      'Assad',
      'ASSAD',
    ]);
  });

  it('matches an Indonesian "-nya", hyphenated or solid, without it', () => {
    expect(surfaces(aliases('Assad'), 'Assad-nya dan Assadnya', { lang: 'id' })).toEqual(['Assad', 'Assad']);
    expect(surfaces(aliases('Assad'), 'Assadnya')).toEqual(['Assad']);
  });

  it('strips a solid "nya" only on Indonesian or Malay pages or when the language is unknown', () => {
    expect(surfaces(aliases('Assad'), 'Assadnya', { lang: 'en' })).toEqual([]);
    expect(surfaces(aliases('Assad'), 'Assadnya', { lang: 'ms-MY' })).toEqual(['Assad']);
  });

  it('prefers an alias that includes the clitic', () => {
    expect(surfaces(aliases('Ken', 'Kenya'), 'Kenya')).toEqual(['Kenya']);
    expect(surfaces(aliases('Assad', "Assad's Syria"), "Assad's Syria")).toEqual(["Assad's Syria"]);
  });

  it('keeps the clitic a boundary: a multi-word alias cannot continue past it', () => {
    expect(surfaces(aliases('Bashar al-Assad', 'Assad rezim'), "Bashar al-Assad's Assad's rezim")).toEqual([
      'Bashar al-Assad',
    ]);
    expect(surfaces(aliases('Assad rezim'), 'Assad rezim')).toEqual(['Assad rezim']);
  });

  it('does not strip from words that merely end in s or nya', () => {
    expect(surfaces(aliases('Assad', 'Rusia'), 'Assads Rusiahnya')).toEqual([]);
  });
});

describe('buildMatcher: a leading article', () => {
  it('lets a longer name starting after "the" win over an alias led by "the"', () => {
    const list = aliases(
      'the Golan',
      'Golan Heights',
      'the United Nations',
      'United Nations Security Council',
    );
    expect(surfaces(list, 'on the Golan Heights and the United Nations Security Council')).toEqual([
      'Golan Heights',
      'United Nations Security Council',
    ]);
    expect(surfaces(list, 'in the Golan, at the United Nations.')).toEqual([
      'the Golan',
      'the United Nations',
    ]);
  });
});
