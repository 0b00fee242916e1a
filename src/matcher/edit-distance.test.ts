import { describe, expect, it } from 'vitest';
import { boundedDistance } from './edit-distance.ts';
import { foldWord, wordDistance } from './fuzzy-words.ts';

describe('boundedDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(boundedDistance('hayat', 'hayat', 2)).toBe(0);
    expect(boundedDistance('hayat', 'hayiat', 2)).toBe(1);
    expect(boundedDistance('sham', 'shams', 2)).toBe(1);
    expect(boundedDistance('assad', 'asaad', 2)).toBe(1);
    expect(boundedDistance('assad', 'asasd', 2)).toBe(1);
    expect(boundedDistance('suriah', 'syiah', 3)).toBe(2);
  });

  it('stops at the limit', () => {
    expect(boundedDistance('suriah', 'sudan', 1)).toBe(2);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('wordDistance', () => {
  it('keeps short words exact and 4-letter words to a final letter', () => {
    expect(wordDistance('al', 'el')).toBe(-1);
    expect(wordDistance('sham', 'shams')).toBe(1);
    expect(wordDistance('iran', 'iraq')).toBe(-1);
    expect(wordDistance('iran', 'ira')).toBe(1);
  });

  it('allows one edit up to 8 letters and two from 9, with the first letter fixed', () => {
    expect(wordDistance('tahrir', 'tahrit')).toBe(1);
    expect(wordDistance('tahrir', 'tahrrit')).toBe(-1);
    expect(wordDistance('liberation', 'liberaton')).toBe(1);
    expect(wordDistance('liberation', 'libretaion')).toBe(2);
    expect(wordDistance('tahrir', 'sahrir')).toBe(-1);
  });
});

describe('foldWord', () => {
  it('folds case and diacritics and drops in-word apostrophes and hyphenation', () => {
    expect(foldWord("Hayi'at", 0, 7)).toBe('hayiat');
    expect(foldWord('ŞAM', 0, 3)).toBe('sam');
    expect(foldWord('Da-\nmaskus', 0, 10)).toBe('damaskus');
    expect(foldWord('Straße', 0, 6)).toBe('strasse');
  });
});
