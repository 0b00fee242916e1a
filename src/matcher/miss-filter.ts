// Two multipliers give a word's two bits: about 1.4% false positives at 16 bits a word.
const MIX_1 = 0x9e3779b1 | 0;
const MIX_2 = 0x85ebca77 | 0;

/**
 * A Bloom filter over 32-bit word hashes (two bits a word, about 16 bits of filter per word):
 * `mayHave` is false for most words not added, never for a word added. It answers most misses
 * of a dictionary from a small, cache-resident bit array.
 */
export class MissFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(expectedWords: number) {
    let size = 4096;
    while (size < expectedWords * 16) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.shift = 32 - Math.log2(size);
  }

  add(hash: number): void {
    this.set(Math.imul(hash, MIX_1) >>> this.shift);
    this.set(Math.imul(hash, MIX_2) >>> this.shift);
  }

  /** False when the hash was certainly never added. */
  mayHave(hash: number): boolean {
    // The top bits of a multiplicative remix: independent of the low bits that pick table slots.
    return this.has(Math.imul(hash, MIX_1) >>> this.shift) && this.has(Math.imul(hash, MIX_2) >>> this.shift);
  }

  private has(bit: number): boolean {
    return (((this.bits[bit >>> 5] as number) >>> (bit & 31)) & 1) !== 0;
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
  }
}
