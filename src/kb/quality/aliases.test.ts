import { describe, expect, it } from 'vitest';
import { checkAmbiguity, checkCommonWords } from './aliases.ts';
import { COLLIDING_WORDS, commonWordsOf } from './common-words.ts';
import { entity, loaded, pack } from './testing.ts';

const words = commonWordsOf({ id: ['di', 'sana'], en: ['as', 'may'] }, COLLIDING_WORDS);

describe('checkAmbiguity', () => {
  it('fails a folded alias two entities share, in every pack that uses it', () => {
    const a = pack('a', [entity('jordan', { names: { en: 'Jordan', id: 'Yordania' } })]);
    const b = pack('b', [entity('jordan-river', { aliases: [{ text: 'JORDAN' }] })]);
    const problems = checkAmbiguity(loaded(a, b));
    expect(problems.map((p) => `${p.pack} ${p.path}: ${p.message}`)).toEqual([
      'a entities[0].names.en: name "Jordan" also names jordan-river (b): add an alias with the same text and "ambiguous": true',
      'b entities[0].aliases[0]: alias "JORDAN" also names jordan (a): mark it "ambiguous": true (or remove it)',
    ]);
  });

  it('finds collisions after folding diacritics and apostrophes', () => {
    const a = pack('a', [
      entity('x', { aliases: [{ text: 'Réunion' }] }),
      entity('y', { aliases: [{ text: 'reunion' }] }),
    ]);
    expect(checkAmbiguity(loaded(a))).toHaveLength(2);
  });

  it('passes a shared text every sharer declares ambiguous, names included', () => {
    const a = pack('a', [
      entity('jordan', {
        names: { en: 'Jordan', id: 'Yordania' },
        aliases: [{ text: 'Jordan', ambiguous: true }],
      }),
      entity('jordan-river', { aliases: [{ text: 'Jordan', ambiguous: true }] }),
    ]);
    expect(checkAmbiguity(loaded(a))).toEqual([]);
    const oneSided = pack('a', [
      entity('jordan', {
        names: { en: 'Jordan', id: 'Yordania' },
        aliases: [{ text: 'Jordan', ambiguous: true }],
      }),
      entity('jordan-river', { aliases: [{ text: 'Jordan' }] }),
    ]);
    expect(checkAmbiguity(loaded(oneSided)).map((p) => p.entity)).toEqual(['jordan-river']);
  });

  it('ignores texts that never meet on a page: other languages, or case-sensitive and written differently', () => {
    const a = pack('a', [
      entity('x', {
        aliases: [
          { text: 'Kongo', lang: 'de' },
          { text: 'AS', caseSensitive: true },
        ],
      }),
      entity('y', {
        aliases: [
          { text: 'Kongo', lang: 'id' },
          { text: 'As', caseSensitive: true },
        ],
      }),
    ]);
    expect(checkAmbiguity(loaded(a))).toEqual([]);
  });
});

describe('checkCommonWords', () => {
  it('fails a case-insensitive alias or name that is a common word of its language', () => {
    const a = pack('a', [
      entity('sana', { names: { en: 'Sana', id: 'Kantor Berita' }, aliases: [{ text: 'may', lang: 'en' }] }),
      entity('hama', { aliases: [{ text: 'Hama', lang: 'id' }] }),
    ]);
    expect(checkCommonWords(loaded(a), words).map((p) => `${p.entity} ${p.path}: ${p.message}`)).toEqual([
      'sana entities[0].names.en: name "Sana" is the common Indonesian word "sana": add a case-sensitive alias with the same text',
      'sana entities[0].aliases[0]: alias "may" is the common English word "may": make it "caseSensitive": true or remove it',
      'hama entities[1].aliases[0]: alias "Hama" is the common Indonesian word "hama": make it "caseSensitive": true or remove it',
    ]);
  });

  it('fails a case-sensitive alias written in lower case, which still matches the word', () => {
    const a = pack('a', [entity('x', { aliases: [{ text: 'sana', caseSensitive: true }] })]);
    expect(checkCommonWords(loaded(a), words)).toHaveLength(1);
  });

  it('passes guarded names, case-sensitive aliases and words of another language', () => {
    const a = pack('a', [
      entity('sana', {
        names: { en: 'SANA', id: 'SANA' },
        aliases: [
          { text: 'SANA', caseSensitive: true },
          { text: 'Mau', lang: 'en' },
          { text: 'as', lang: 'fr' },
        ],
      }),
      entity('turkey', {
        names: { en: 'Turkey', id: 'Turki' },
        aliases: [{ text: 'Turkey', caseSensitive: true }],
      }),
    ]);
    expect(checkCommonWords(loaded(a), words)).toEqual([]);
  });
});
