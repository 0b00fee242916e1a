import { describe, expect, it } from 'vitest';
import { groupEntities } from './group-entities';

const summary = (id: string, type: 'person' | 'country' | 'city', name = id) => ({
  id,
  type,
  name,
  description: '',
});

describe('groupEntities', () => {
  it('groups by type in reading order, most mentioned first, and drops what the page lacks', () => {
    const groups = groupEntities(
      [
        { entityId: 'syria', count: 1 },
        { entityId: 'assad', count: 3 },
        { entityId: 'araghchi', count: 1 },
        { entityId: 'aleppo', count: 5 },
      ],
      [
        summary('aleppo', 'city'),
        summary('syria', 'country'),
        summary('araghchi', 'person', 'Abbas Araghchi'),
        summary('assad', 'person', 'Bashar al-Assad'),
        summary('elsewhere', 'person'),
      ],
      'en',
    );
    expect(groups.map((g) => [g.type, g.entities.map((e) => `${e.id}:${e.count}`)])).toEqual([
      ['person', ['assad:3', 'araghchi:1']],
      ['country', ['syria:1']],
      ['city', ['aleppo:5']],
    ]);
  });
});
