import { describe, expect, it } from 'vitest';
import {
  APOSTROPHE,
  BREAK,
  bmpClass,
  charFold,
  classAt,
  computeFold,
  FOLD_CI,
  FOLD_CS,
  GAP,
  INVISIBLE,
  isWord,
  WORD,
  WORD_WIDE,
} from './normalize.ts';

const cp = (s: string) => s.codePointAt(0) as number;
const fold = (s: string) => charFold(cp(s));

describe('character classes', () => {
  it('treats letters, digits and combining marks as word characters, in any script', () => {
    for (const ch of ['a', 'Z', '7', 'ğ', 'ß', 'س', '中', '\u0301', '𝐀', 'Ⅻ'])
      expect(isWord(fold(ch).cls), ch).toBe(true);
  });

  it('keeps single-unit folds of BMP characters in the tables and everything else wide', () => {
    for (const ch of ['a', 'Z', '7', 'ğ', 'İ', 'س', '中']) {
      expect(bmpClass(cp(ch)), ch).toBe(WORD);
      expect(String.fromCharCode(FOLD_CI[cp(ch)] as number)).toBe(fold(ch).ci);
      expect(String.fromCharCode(FOLD_CS[cp(ch)] as number)).toBe(fold(ch).cs);
    }
    for (const ch of ['ß', 'ﬁ', '\u0301', 'Ⅻ', '𝐀']) expect(fold(ch).cls, ch).toBe(WORD_WIDE);
    expect(bmpClass(cp('ß'))).toBe(WORD_WIDE);
  });

  it('knows the apostrophes, including the two that Unicode calls letters', () => {
    for (const ch of ["'", '’', '‘', 'ʼ', 'ʻ', '`', '´', '′']) expect(fold(ch).cls, ch).toBe(APOSTROPHE);
  });

  it('treats spaces, no-break spaces, line breaks, hyphens and dashes as gaps', () => {
    for (const ch of [
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u202f',
      '\u2009',
      '\u200b',
      '-',
      '‐',
      '‑',
      '‒',
      '–',
      '—',
    ]) {
      expect(fold(ch).cls, JSON.stringify(ch)).toBe(GAP);
    }
  });

  it('treats the soft hyphen and zero-width joiners as invisible', () => {
    for (const ch of ['\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff']) expect(fold(ch).cls).toBe(INVISIBLE);
  });

  it('treats punctuation, symbols, emoji and lone surrogates as breaks', () => {
    for (const ch of ['.', ',', ';', ':', '!', '?', '(', '"', '“', '«', '/', '&', '😀']) {
      expect(fold(ch).cls, ch).toBe(BREAK);
    }
    expect(charFold(0xd800).cls).toBe(BREAK);
    expect(charFold(0xdc00).cls).toBe(BREAK);
  });

  it('classifies the character at an offset, pairing surrogates and ignoring the end', () => {
    expect(classAt('a😀', 1)).toBe(BREAK);
    expect(classAt('a𝐀', 1)).toBe(WORD_WIDE);
    expect(classAt('ab', 1)).toBe(WORD);
    expect(classAt('a\ud835', 1)).toBe(BREAK);
    expect(classAt('a', 1)).toBe(0);
  });
});

describe('folding', () => {
  it('lower-cases and strips diacritics', () => {
    expect([...'Erdoğan'].map((ch) => fold(ch).ci).join('')).toBe('erdogan');
    expect([...'Türkiye'].map((ch) => fold(ch).ci).join('')).toBe('turkiye');
    expect([...'Türkiye'].map((ch) => fold(ch).cs).join('')).toBe('Turkiye');
  });

  it('lower-cases before decomposing, so the Turkish dotted capital I folds to i', () => {
    expect(computeFold(cp('İ'))).toEqual({ cls: WORD, ci: 'i', cs: 'I' });
  });

  it('decomposes compatibility forms', () => {
    expect(computeFold(cp('ﬁ')).ci).toBe('fi');
    expect(computeFold(cp('𝐀'))).toEqual({ cls: WORD, ci: 'a', cs: 'A' });
    expect(computeFold(cp('Ⅻ')).ci).toBe('xii');
  });

  it('folds the Latin letters NFKD leaves alone', () => {
    expect(['ı', 'ł', 'ø', 'đ', 'ß', 'æ', 'Œ'].map((ch) => computeFold(cp(ch)).ci)).toEqual([
      'i',
      'l',
      'o',
      'd',
      'ss',
      'ae',
      'oe',
    ]);
    expect(computeFold(cp('Ł')).cs).toBe('L');
  });

  it('folds a bare combining mark to nothing', () => {
    expect(computeFold(0x301)).toEqual({ cls: WORD, ci: '', cs: '' });
  });

  it('gives non-word characters no fold', () => {
    expect(computeFold(cp('.'))).toEqual({ cls: BREAK, ci: '', cs: '' });
  });
});
