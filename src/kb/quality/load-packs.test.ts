import { describe, expect, it } from 'vitest';
import { loadPacks } from './load-packs.ts';
import { entity, pack } from './testing.ts';

describe('loadPacks (schema rule)', () => {
  it('accepts a valid pack', () => {
    const result = loadPacks([{ file: 'a.json', value: pack('a', [entity('x')]) }]);
    expect(result.problems).toEqual([]);
    expect(result.packs.map((p) => p.pack.id)).toEqual(['a']);
  });

  it('reports every schema issue with pack, entity and path, and leaves the pack out', () => {
    const broken = pack('a', [entity('x'), entity('y', { type: 'planet' as never, names: { id: 'Y' } })]);
    const result = loadPacks([{ file: 'a.json', value: broken }]);
    expect(result.packs).toEqual([]);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pack: 'a', entity: 'y', path: 'entities[1].type' }),
        expect.objectContaining({ pack: 'a', entity: 'y', path: 'entities[1].names' }),
      ]),
    );
  });

  it('reports what validatePack checks beyond the shape (a source that is not a citation)', () => {
    const broken = pack('a', [entity('x', { sources: ['nowhere'] })]);
    const result = loadPacks([{ file: 'a.json', value: broken }]);
    expect(result.problems).toEqual([
      expect.objectContaining({ pack: 'a', entity: 'x', path: 'entities[0].sources[0]' }),
    ]);
  });

  it('names an unreadable pack by its file', () => {
    expect(loadPacks([{ file: 'junk.json', value: 42 }]).problems[0]?.pack).toBe('junk.json');
  });
});
