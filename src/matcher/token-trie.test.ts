import { describe, expect, it } from 'vitest';
import { TokenTrie } from './token-trie.ts';

describe('TokenTrie', () => {
  it('starts nodes childless', () => {
    const trie = new TokenTrie();
    const root = trie.addNode();
    expect(trie.child(root, 0)).toBe(-1);
    expect(trie.size).toBe(1);
  });

  it('adds a child once and finds it again', () => {
    const trie = new TokenTrie();
    const root = trie.addNode();
    const a = trie.childOrAdd(root, 6);
    expect(trie.childOrAdd(root, 6)).toBe(a);
    expect(trie.child(root, 6)).toBe(a);
    expect(trie.child(root, 7)).toBe(-1);
  });

  it('keeps many children of one node apart', () => {
    const trie = new TokenTrie();
    const root = trie.addNode();
    const kids = Array.from({ length: 100 }, (_, key) => trie.childOrAdd(root, key));
    expect(new Set(kids).size).toBe(100);
    expect(Array.from({ length: 100 }, (_, key) => trie.child(root, key))).toEqual(kids);
    expect(trie.child(root, 100)).toBe(-1);
  });

  it('tells apart thousands of edges, of many parents, through collisions and growth', () => {
    const trie = new TokenTrie();
    const parents = Array.from({ length: 50 }, () => trie.addNode());
    const kids = parents.map((p) => Array.from({ length: 100 }, (_, key) => trie.childOrAdd(p, key * 2)));
    expect(new Set(kids.flat()).size).toBe(5000);
    parents.forEach((p, i) => {
      for (let key = 0; key < 100; key++) {
        expect(trie.child(p, key * 2)).toBe(kids[i]?.[key]);
        expect(trie.child(p, key * 2 + 1)).toBe(-1);
      }
    });
  });

  it('builds paths whose nodes are distinct per prefix', () => {
    const trie = new TokenTrie();
    const root = trie.addNode();
    const ab = trie.childOrAdd(trie.childOrAdd(root, 1), 2);
    const b = trie.childOrAdd(root, 2);
    expect(ab).not.toBe(b);
    expect(trie.child(trie.child(root, 1), 2)).toBe(ab);
  });
});
