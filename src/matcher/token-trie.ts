/**
 * A trie over integer edge keys (word ids), nodes numbered from 0, each holding an integer value
 * (-1 = none). All edges live in one open-addressing hash table keyed by (parent, key), held in
 * a single Int32Array: no Map or object per node, so 100k aliases build fast and stay compact,
 * and a lookup touches one cache line or two.
 */
export class TokenTrie {
  private values: number[] = [];
  /** Triples (parent, key, child); parent -1 marks an empty slot. */
  private edges = new Int32Array(3 * 1024).fill(-1);
  private mask = 1023;
  private edgeCount = 0;

  /** Number of nodes. */
  get size(): number {
    return this.values.length;
  }

  /** Adds a childless node and returns its number. */
  addNode(): number {
    return this.values.push(-1) - 1;
  }

  /** The value stored at `node`, -1 when none. */
  value(node: number): number {
    return this.values[node] as number;
  }

  setValue(node: number, value: number): void {
    this.values[node] = value;
  }

  /** The child of `node` along `key` (a non-negative integer), or -1. */
  child(node: number, key: number): number {
    const edges = this.edges;
    for (let slot = edgeSlot(node, key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * 3;
      const parent = edges[at] as number;
      if (parent === -1) return -1;
      if (parent === node && edges[at + 1] === key) return edges[at + 2] as number;
    }
  }

  /** The child of `node` along `key`, created when missing. */
  childOrAdd(node: number, key: number): number {
    const found = this.child(node, key);
    if (found >= 0) return found;
    const added = this.addNode();
    this.put(node, key, added);
    // Keep the load under one half so probes stay short.
    if (++this.edgeCount * 2 > this.mask + 1) this.grow();
    return added;
  }

  private put(node: number, key: number, child: number): void {
    const edges = this.edges;
    let slot = edgeSlot(node, key) & this.mask;
    while (edges[slot * 3] !== -1) slot = (slot + 1) & this.mask;
    edges[slot * 3] = node;
    edges[slot * 3 + 1] = key;
    edges[slot * 3 + 2] = child;
  }

  private grow(): void {
    const old = this.edges;
    this.mask = this.mask * 2 + 1;
    this.edges = new Int32Array(3 * (this.mask + 1)).fill(-1);
    for (let at = 0; at < old.length; at += 3) {
      const parent = old[at] as number;
      if (parent !== -1) this.put(parent, old[at + 1] as number, old[at + 2] as number);
    }
  }
}

/** Mixes parent and key into a slot hash (the caller masks it). */
function edgeSlot(node: number, key: number): number {
  const h = Math.imul(node ^ Math.imul(key, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 15);
}
