import { hashUnits } from './fold-buffer.ts';
import { MissFilter } from './miss-filter.ts';

/**
 * Interned folded words → small integer ids, looked up straight from a buffer or from the text
 * itself so scanning a page allocates no string per word. Open addressing with linear probing
 * over one Int32Array of (id + 1, hash) pairs, FNV-1a hashes; once frozen, a Bloom filter answers
 * most misses (most words of a page) without touching the big table.
 */
export class TokenDict {
  /** Longest interned word, in UTF-16 units: longer words cannot be in the dictionary. */
  maxLength = 0;
  private words: string[] = [];
  private table = new Int32Array(2 * 1024); // pairs (id + 1, hash); id + 1 = 0 marks an empty slot
  private mask = 1023;
  private filter: MissFilter | undefined;

  /** While false, `resolve` interns unknown words; once frozen it only looks them up. */
  get frozen(): boolean {
    return this.filter !== undefined;
  }

  /** Stops interning for good and builds the miss filter. */
  freeze(): void {
    if (this.filter) return;
    const filter = new MissFilter(this.words.length);
    for (let at = 0; at < this.table.length; at += 2) {
      if (this.table[at] !== 0) filter.add(this.table[at + 1] as number);
    }
    this.filter = filter;
  }

  /** Number of distinct words interned. */
  get size(): number {
    return this.words.length;
  }

  /** The word with this id (for tests and debugging). */
  word(id: number): string | undefined {
    return this.words[id];
  }

  /** Id of `buf[0..length)`; interns it unless frozen; -1 when frozen and unknown. */
  resolve(buf: Uint16Array, length: number): number {
    if (this.filter && length > this.maxLength) return -1; // the buffer may not even hold it
    return this.resolveHashed(buf, length, hashUnits(buf, length));
  }

  /** As `resolve`, with the word's hash already computed (`FoldBuffer.hash`). */
  resolveHashed(buf: Uint16Array, length: number, hash: number): number {
    if (this.filter && (length > this.maxLength || !this.filter.mayHave(hash))) return -1;
    const table = this.table;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = table[slot * 2] as number;
      if (entry === 0) return this.filter ? -1 : this.insert(slot, hash, buf, length);
      if (table[slot * 2 + 1] === hash && sameUnits(this.words[entry - 1] as string, buf, length))
        return entry - 1;
    }
  }

  /**
   * Id of the word `text[start..end)` read through `fold` (FOLD_CI or FOLD_CS: one folded unit
   * per text unit), given the hash of its folded units; -1 when unknown. Frozen dictionaries only.
   */
  lookupMapped(text: string, start: number, end: number, fold: Uint16Array, hash: number): number {
    // Small enough to be inlined into the scan: most words stop at the filter.
    if (this.filter === undefined || !this.filter.mayHave(hash)) return -1;
    return this.probeMapped(text, start, end - start, fold, hash);
  }

  private probeMapped(text: string, start: number, length: number, fold: Uint16Array, hash: number): number {
    if (length > this.maxLength) return -1;
    const table = this.table;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = table[slot * 2] as number;
      if (entry === 0) return -1;
      const word = this.words[entry - 1] as string;
      if (table[slot * 2 + 1] === hash && sameMapped(word, text, start, length, fold)) return entry - 1;
    }
  }

  private insert(slot: number, hash: number, buf: Uint16Array, length: number): number {
    const id = this.words.length;
    this.words.push(unitsToString(buf, length));
    this.table[slot * 2] = id + 1;
    this.table[slot * 2 + 1] = hash;
    if (length > this.maxLength) this.maxLength = length;
    // Keep the load under one half so probes stay short.
    if (this.words.length * 2 > this.mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    const table = new Int32Array(2 * (this.mask + 1));
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === 0) continue;
      const hash = old[at + 1] as number;
      let slot = hash & this.mask;
      while (table[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      table[slot * 2] = old[at] as number;
      table[slot * 2 + 1] = hash;
    }
    this.table = table;
  }
}

function sameUnits(word: string, buf: Uint16Array, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== buf[i]) return false;
  return true;
}

function sameMapped(word: string, text: string, start: number, length: number, fold: Uint16Array): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== fold[text.charCodeAt(start + i)]) return false;
  return true;
}

function unitsToString(buf: Uint16Array, length: number): string {
  let out = '';
  // apply() on a typed array is the fastest way here; chunked so a very long word cannot
  // overflow the argument limit.
  for (let i = 0; i < length; i += 4096) {
    const chunk = buf.subarray(i, Math.min(length, i + 4096));
    out += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return out;
}
