import { describe, expect, it } from 'vitest';
import { TokenDict } from './token-dict.ts';
import type { ScanMode } from './token-list.ts';
import { TokenList } from './token-list.ts';
import { Scanner } from './tokenize.ts';

const ALL: ScanMode = { ci: true, cs: true, possessive: true, nya: true };

/** Scans with an open dictionary (every word interned) and reads the words back as strings. */
function words(text: string, mode: ScanMode = ALL) {
  const dict = new TokenDict();
  const list = new TokenList();
  new Scanner(dict).scan(text, 0, list, mode, Infinity);
  return Array.from({ length: list.count }, (_, i) => {
    const stemEnd = list.stemEnd[i] as number;
    return {
      text: text.slice(list.start[i], list.end[i]),
      ci: dict.word(list.ci[i] as number),
      cs: dict.word(list.cs[i] as number),
      gap: list.gap[i],
      ...(stemEnd >= 0 && {
        stem: text.slice(list.start[i], stemEnd),
        stemCi: dict.word(list.stemCi[i] as number),
        stemCs: dict.word(list.stemCs[i] as number),
      }),
    };
  });
}
const folds = (text: string) => words(text).map((w) => w.ci);

describe('Scanner', () => {
  it('splits on spaces, hyphens, dashes and no-break spaces, keeping original offsets', () => {
    expect(words('Bashar al-Assad').map((w) => w.text)).toEqual(['Bashar', 'al', 'Assad']);
    expect(folds('Bashar\u00a0al\u202fAssad – Damaskus—Suriah')).toEqual([
      'bashar',
      'al',
      'assad',
      'damaskus',
      'suriah',
    ]);
  });

  it('folds case and diacritics, keeping case in the case-sensitive fold', () => {
    expect(words('Erdoğan Türkiye')).toEqual([
      { text: 'Erdoğan', ci: 'erdogan', cs: 'Erdogan', gap: 0 },
      { text: 'Türkiye', ci: 'turkiye', cs: 'Turkiye', gap: 0 },
    ]);
  });

  it('folds decomposed diacritics the same as precomposed ones', () => {
    expect(folds('Erdog\u0306an')).toEqual(['erdogan']);
  });

  it('drops apostrophes between letters and nowhere else', () => {
    expect(folds("Hay'at Hayʼat Hay’at Hayʻat Hay`at Hay´at Hay′at")).toEqual(Array(7).fill('hayat'));
    expect(words("'Assad' ‘Assad’").map((w) => w.text)).toEqual(['Assad', 'Assad']);
  });

  it('ignores a soft hyphen inside a word but separates on one at its edge', () => {
    expect(words('Da\u00admaskus')).toEqual([
      { text: 'Da\u00admaskus', ci: 'damaskus', cs: 'Damaskus', gap: 0 },
    ]);
    expect(folds('al\u00ad Sham')).toEqual(['al', 'sham']);
  });

  it('marks words that punctuation (not only spaces) separates from the previous one', () => {
    expect(words('Suriah. Rusia, Turki\n\nIran - Irak (AS)').map((w) => w.gap)).toEqual([0, 1, 1, 0, 0, 1]);
    expect(words("Suriah ' Rusia").map((w) => w.gap)).toEqual([0, 1]);
  });

  it('offers the stem of a possessive, ending before the apostrophe', () => {
    expect(words('Assad’s')).toEqual([
      {
        text: 'Assad’s',
        ci: 'assads',
        cs: 'Assads',
        gap: 0,
        stem: 'Assad',
        stemCi: 'assad',
        stemCs: 'Assad',
      },
    ]);
    expect(words("ASSAD'S")[0]).toMatchObject({ stem: 'ASSAD', stemCs: 'ASSAD' });
    expect(words("Assad's", { ...ALL, possessive: false })[0]).not.toHaveProperty('stem');
  });

  it('offers the stem of a solid "-nya" when the stem has at least three letters', () => {
    expect(words('Assadnya')[0]).toMatchObject({ stem: 'Assad', stemCi: 'assad' });
    expect(words('Kenya')[0]).not.toHaveProperty('stem');
    expect(words("Assad'nya")[0]).toMatchObject({ stem: 'Assad', stemCi: 'assad' });
    expect(words('Assadnya', { ...ALL, nya: false })[0]).not.toHaveProperty('stem');
  });

  it('handles surrogate pairs and lone surrogates', () => {
    expect(words('𝐀𝐁 x😀y \ud800z')).toMatchObject([
      { text: '𝐀𝐁', ci: 'ab' },
      { text: 'x', ci: 'x' },
      { text: 'y', ci: 'y', gap: 1 },
      { text: 'z', ci: 'z', gap: 1 },
    ]);
  });

  it('drops words made of combining marks alone', () => {
    expect(folds('a \u0301 b')).toEqual(['a', 'b']);
  });

  it('stops after the given number of words and resumes from any word start', () => {
    const list = new TokenList();
    const scanner = new Scanner(new TokenDict());
    const text = 'satu dua tiga empat';
    expect(scanner.scan(text, 0, list, ALL, 2)).toBe(8);
    expect(list.count).toBe(2);
    expect(scanner.scan(text, 9, list, ALL, 1)).toBe(13);
    expect(Array.from(list.start.subarray(0, list.count))).toEqual([9]);
  });

  it('reads plain words through the fold tables exactly as the general path folds them', () => {
    const text = "Sementara itu ASSAD, Assad's Assadnya Erdoğan Türkiye SANA sana Hay'at 𝐀BC Straße x";
    const dict = new TokenDict();
    const list = new TokenList();
    const scanner = new Scanner(dict);
    scanner.scan(text, 0, list, ALL, Infinity); // open dictionary: every fold and stem interned
    const ids = (l: TokenList) => [...l.ci.subarray(0, l.count), ...l.cs.subarray(0, l.count)];
    const stems = (l: TokenList) => [...l.stemCi.subarray(0, l.count), ...l.stemCs.subarray(0, l.count)];
    const general = [ids(list), stems(list)];
    dict.freeze();
    scanner.scan(text, 0, list, ALL, Infinity); // frozen: plain words take the table fast path
    expect([ids(list), stems(list)]).toEqual(general);
    expect(general[0]).not.toContain(-1);
  });

  it('returns nothing for empty or separator-only text', () => {
    expect(words('')).toEqual([]);
    expect(words(' -–.,\u00ad’ ')).toEqual([]);
  });
});
