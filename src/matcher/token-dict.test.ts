import { describe, expect, it } from 'vitest';
import { TokenDict } from './token-dict.ts';

const units = (s: string) => Uint16Array.from(s, (ch) => ch.charCodeAt(0));
const resolve = (dict: TokenDict, s: string) => dict.resolve(units(s), s.length);

describe('TokenDict', () => {
  it('interns words to stable ids while open', () => {
    const dict = new TokenDict();
    const a = resolve(dict, 'assad');
    const b = resolve(dict, 'suriah');
    expect(a).not.toBe(b);
    expect(resolve(dict, 'assad')).toBe(a);
    expect(dict.word(b)).toBe('suriah');
    expect(dict.size).toBe(2);
    expect(dict.maxLength).toBe(6);
  });

  it('only looks up once frozen', () => {
    const dict = new TokenDict();
    const a = resolve(dict, 'hama');
    dict.freeze();
    expect(resolve(dict, 'hama')).toBe(a);
    expect(resolve(dict, 'hamas')).toBe(-1);
    expect(resolve(dict, 'ham')).toBe(-1);
    expect(dict.size).toBe(1);
  });

  it('reads only the given length of the buffer', () => {
    const dict = new TokenDict();
    const a = resolve(dict, 'assad');
    expect(dict.resolve(units('assads'), 5)).toBe(a);
  });

  it('keeps every word findable as it grows', () => {
    const dict = new TokenDict();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => resolve(dict, w));
    dict.freeze();
    expect(words.map((w) => resolve(dict, w))).toEqual(ids);
    expect(new Set(ids).size).toBe(5000);
  });

  it('interns the empty word and very long words', () => {
    const dict = new TokenDict();
    const long = 'x'.repeat(10000);
    const id = resolve(dict, long);
    expect(dict.word(id)).toBe(long);
    expect(resolve(dict, '')).not.toBe(id);
  });
});
