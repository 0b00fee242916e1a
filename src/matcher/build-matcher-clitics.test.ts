import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.ts';
import type { FindOptions, MatcherAlias } from './types.ts';

const alias = (text: string, entityId: string, extra: Partial<MatcherAlias> = {}): MatcherAlias => ({
  text,
  entityId,
  caseSensitive: false,
  ...extra,
});

const matcher = buildMatcher([
  alias('Assad', 'bashar', { caseSensitive: true }),
  alias('Bashar al-Assad', 'bashar'),
  alias('Damaskus', 'damascus'),
  alias('Amerika Serikat', 'us'),
  alias("Hay'at Tahrir al-Sham", 'hts'),
]);

const spotted = (text: string, options: FindOptions = { lang: 'id' }) =>
  matcher.find(text, options).map((m) => text.slice(m.start, m.end));

describe('possessives and clitics (issue 4)', () => {
  it('finds a name before an English possessive, straight or curly, without the "’s"', () => {
    expect(spotted("Assad's army and Assad’s allies", { lang: 'en' })).toEqual(['Assad', 'Assad']);
    expect(spotted("Bashar al-Assad's fall", { lang: 'en' })).toEqual(['Bashar al-Assad']);
  });

  it('finds a name before Indonesian "-nya", hyphenated or solid, without it', () => {
    expect(spotted('pasukan Assad-nya dan Assadnya')).toEqual(['Assad', 'Assad']);
    expect(spotted('Damaskus-nya')).toEqual(['Damaskus']);
  });

  it('keeps a case-sensitive name case-sensitive through a clitic', () => {
    expect(spotted("assad's assadnya")).toEqual([]);
  });
});

describe('hyphenation and line-break artefacts', () => {
  it('reads a word hyphenated across a line break as one word', () => {
    expect(spotted('menuju Da-\nmaskus kemarin')).toEqual(['Da-\nmaskus']);
    expect(spotted('menuju Da- \r\n  maskus kemarin')).toEqual(['Da- \r\n  maskus']);
    expect(spotted('menuju Da\u00ad\nmaskus kemarin')).toEqual(['Da\u00ad\nmaskus']);
    expect(spotted('pasukan As-\nsad-nya')).toEqual(['As-\nsad']);
  });

  it('keeps a hyphen before a capital a real hyphen, which a multi-word name may span', () => {
    expect(spotted('Amerika-\nSerikat')).toEqual(['Amerika-\nSerikat']);
    expect(spotted('Bashar al-\nAssad')).toEqual(['Bashar al-\nAssad']);
    expect(spotted('Da-\nMaskus')).toEqual([]);
  });

  it('does not join across a hyphen without a line break, or a line break without a hyphen', () => {
    expect(spotted('Da-maskus Da maskus Da\nmaskus')).toEqual([]);
  });

  it('ignores a soft hyphen inside a word', () => {
    expect(spotted('Da\u00admas\u00adkus')).toEqual(['Da\u00admas\u00adkus']);
  });

  it('matches a name whose words a line break separates', () => {
    expect(spotted("Hay'at Tahrir\nal-Sham dan Amerika\r\nSerikat")).toEqual([
      "Hay'at Tahrir\nal-Sham",
      'Amerika\r\nSerikat',
    ]);
  });
});
