import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.ts';
import { isShouted } from './caps-run.ts';
import type { MatcherAlias } from './types.ts';

const alias = (text: string, entityId: string, extra: Partial<MatcherAlias> = {}): MatcherAlias => ({
  text,
  entityId,
  caseSensitive: false,
  ...extra,
});

/** The seed pack's colliding aliases: acronyms and capitalised common words are case-sensitive. */
const matcher = buildMatcher([
  alias('SANA', 'sana', { caseSensitive: true }),
  alias('AS', 'united-states', { caseSensitive: true, lang: 'id' }),
  alias('HTS', 'hts', { caseSensitive: true }),
  alias('Hama', 'hama', { caseSensitive: true }),
  alias('Telegram', 'telegram', { caseSensitive: true }),
  alias('Suriah', 'syria'),
  alias('Amerika Serikat', 'united-states'),
]);

const spotted = (text: string, lang = 'id') =>
  matcher.find(text, { lang }).map((m) => `${text.slice(m.start, m.end)}=${m.entityIds[0]}`);

describe('acronyms match only in capitals', () => {
  it('never match the lower-case or capitalised common word', () => {
    expect(spotted('pergi ke sana, Sana dan sAna; as roda, As, aS')).toEqual([]);
    expect(spotted('Kantor berita SANA dan pejabat AS')).toEqual(['SANA=sana', 'AS=united-states']);
  });

  it('"AS" is the United States only on Indonesian pages', () => {
    expect(spotted('Pejabat AS bertemu', 'id')).toEqual(['AS=united-states']);
    expect(spotted('Pejabat AS bertemu', 'id-ID')).toEqual(['AS=united-states']);
    expect(spotted('AS the talks began', 'en')).toEqual([]);
    expect(spotted('AS the talks began', '')).toEqual([]);
  });
});

describe('text written in capitals', () => {
  it('does not turn shouted common words into acronyms', () => {
    expect(spotted('PETANI PERGI KE SANA KEMARI')).toEqual([]);
    expect(spotted('HARGA AS RODA NAIK')).toEqual([]);
  });

  it('does not turn shouted capitalised words into names', () => {
    expect(spotted('HAMA WERENG MENYERANG SAWAH')).toEqual([]);
    expect(spotted('KIRIM TELEGRAM KE DESA')).toEqual([]);
  });

  it('still finds case-insensitive names in a shouted headline', () => {
    expect(spotted('PEMBERONTAK SURIAH DAN AMERIKA SERIKAT')).toEqual([
      'SURIAH=syria',
      'AMERIKA SERIKAT=united-states',
    ]);
  });

  it('judges each line on its own, so a shouted headline does not silence the body', () => {
    const text = 'PETANI PERGI KE SANA\nKantor berita SANA melaporkan bahwa pejabat AS tiba.';
    expect(spotted(text)).toEqual(['SANA=sana', 'AS=united-states']);
  });

  it('keeps acronyms in ordinary sentences, even among other acronyms', () => {
    expect(spotted('Menurut SANA, HTS dan AS berunding di Hama.')).toEqual([
      'SANA=sana',
      'HTS=hts',
      'AS=united-states',
      'Hama=hama',
    ]);
    expect(spotted('AS, PBB dan NATO mengecam HTS')).toEqual(['AS=united-states', 'HTS=hts']);
  });

  it('keeps an acronym alone on its line or with a single other word (a byline, a label)', () => {
    expect(spotted('SANA')).toEqual(['SANA=sana']);
    expect(spotted('Foto: SANA')).toEqual(['SANA=sana']);
  });
});

describe('isShouted, the rule itself', () => {
  const at = (text: string, word: string) =>
    isShouted(text, text.indexOf(word), text.indexOf(word) + word.length);

  it('needs the match in capitals', () => {
    expect(at('PERGI KE Sana', 'Sana')).toBe(false);
    expect(at('PERGI KE SANA', 'SANA')).toBe(true);
  });

  it('needs two other cased words on the line, 80% of their letters upper-case', () => {
    expect(at('KE SANA', 'SANA')).toBe(false);
    expect(at('KE SANA 2024', 'SANA')).toBe(false);
    expect(at('PERGI KE SANA', 'SANA')).toBe(true);
    expect(at('PERGI Ke SANA', 'SANA')).toBe(true); // 6 of 7 letters
    expect(at('PERGi ke SANA', 'SANA')).toBe(false); // 4 of 7
  });

  it('reads only the match’s line, and at most 120 characters either side', () => {
    expect(at('pergi ke sana kemari\nSANA MELAPORKAN SERANGAN', 'SANA')).toBe(true);
    expect(at('PERGI KE SINI\nkantor berita SANA melaporkan', 'SANA')).toBe(false);
    expect(at(`PERGI KE ${'x'.repeat(130)} SANA`, 'SANA')).toBe(false);
  });
});

describe('capitals at the start of a sentence', () => {
  const flags = (text: string) =>
    matcher
      .find(text, { lang: 'id' })
      .map((m) => `${text.slice(m.start, m.end)}${m.sentenceStart ? '?' : ''}`);

  it('flags a one-word case-sensitive alias whose capital may be the sentence’s', () => {
    expect(flags('Hama wereng menyerang. "Hama kembali datang," katanya.\nTelegram dikirim')).toEqual([
      'Hama?',
      'Hama?',
      'Telegram?',
    ]);
  });

  it('does not flag mid-sentence names, acronyms, or case-insensitive aliases', () => {
    expect(flags('Pasukan merebut Hama. SANA melaporkan. Suriah bergolak, lewat Telegram.')).toEqual([
      'Hama',
      'SANA',
      'Suriah',
      'Telegram',
    ]);
  });
});
