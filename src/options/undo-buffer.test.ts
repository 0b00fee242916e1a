import { describe, expect, it } from 'vitest';
import { forget, type RemovedSource, remember, withoutListed } from './undo-buffer';

const removed = (id: string, text = `{"id":"${id}"}`): RemovedSource => ({
  id,
  name: `Pack ${id}`,
  fileName: `${id}-1.0.0.json`,
  text,
  enabled: true,
});

describe('undo buffer', () => {
  it('keeps removals newest first', () => {
    const buffer = remember(remember([], removed('a')), removed('b'));
    expect(buffer.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('keeps only the latest copy of a source removed twice', () => {
    const buffer = remember(remember([], removed('a', 'old')), removed('a', 'new'));
    expect(buffer).toEqual([removed('a', 'new')]);
  });

  it('forgets a source after Undo, and is unchanged for an unknown id', () => {
    const buffer = remember(remember([], removed('a')), removed('b'));
    expect(forget(buffer, 'a').map((e) => e.id)).toEqual(['b']);
    expect(forget(buffer, 'zzz')).toBe(buffer);
  });

  it('drops sources that are listed again, so Undo never overwrites a newer import', () => {
    const buffer = remember(remember([], removed('a')), removed('b'));
    expect(withoutListed(buffer, ['a', 'seed']).map((e) => e.id)).toEqual(['b']);
    expect(withoutListed(buffer, ['seed'])).toBe(buffer);
  });

  it('never changes the buffer it was given', () => {
    const buffer = Object.freeze([removed('a')]);
    remember(buffer, removed('b'));
    forget(buffer, 'a');
    withoutListed(buffer, ['a']);
    expect(buffer).toEqual([removed('a')]);
  });
});
