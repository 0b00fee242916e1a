/** FNV-1a offset basis: the hash of the empty word. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a step: the hash after appending `unit` to a word whose hash is `hash`. */
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** FNV-1a hash of `buf[0..length)`: the same value FoldBuffer builds up unit by unit. */
export function hashUnits(buf: Uint16Array, length: number): number {
  let hash = HASH_SEED;
  for (let i = 0; i < length; i++) hash = hashStep(hash, buf[i] as number);
  return hash;
}

/**
 * A growable UTF-16 buffer holding one word's fold while it is scanned, hashing as it goes so the
 * dictionary lookup need not read the word twice. When not growable it drops units past its
 * capacity but keeps counting (and hashing) them: the word is then longer than any known word,
 * and `TokenDict.resolve` rejects it by length alone.
 */
export class FoldBuffer {
  units: Uint16Array = new Uint16Array(64);
  length = 0;
  hash = HASH_SEED;
  /** Whether `push` may enlarge the buffer (building) or must drop the excess (scanning pages). */
  growable = true;

  /** Empties the buffer for the next word. */
  clear(): void {
    this.length = 0;
    this.hash = HASH_SEED;
  }

  /** Appends one UTF-16 unit. */
  push(unit: number): void {
    const units = this.units;
    if (this.length < units.length) units[this.length] = unit;
    else if (this.growable) {
      const next = new Uint16Array(units.length * 2);
      next.set(units);
      next[this.length] = unit;
      this.units = next;
    }
    this.length++;
    this.hash = hashStep(this.hash, unit);
  }

  /** Makes room for at least `capacity` units without growing later. */
  reserve(capacity: number): void {
    if (this.units.length < capacity) this.units = new Uint16Array(capacity);
  }
}
