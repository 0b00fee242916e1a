import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checkPacks, earlierDate } from './check-packs.ts';
import { COLLIDING_WORDS, commonWordsOf } from './common-words.ts';
import { formatStats, packStats } from './stats.ts';
import { entity, loaded, pack } from './testing.ts';
import { formatProblem } from './types.ts';

const stopwords = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const commonWords = commonWordsOf({ id: stopwords.id ?? [], en: stopwords.en ?? [] }, COLLIDING_WORDS);
const options = { latest: '2026-11-27', commonWords };

describe('checkPacks', () => {
  it('runs every rule over all packs together', () => {
    const a = pack('a', [
      entity('x', { related: ['y', 'z'], aliases: [{ text: 'di', lang: 'id' }, { text: 'Common Name' }] }),
    ]);
    const b = pack('b', [entity('x'), entity('y', { aliases: [{ text: 'common name' }] })]);
    const messages = checkPacks(
      [
        { file: 'a.json', value: a },
        { file: 'b.json', value: b },
        { file: 'c.json', value: { format: 'konteks-pack' } },
      ],
      options,
    ).problems.map(formatProblem);
    const schema = messages.filter((m) => m.startsWith('c.json › '));
    expect(schema[0]).toMatch(/^c\.json › formatVersion: schema: /);
    expect(schema.length).toBeGreaterThan(3);
    expect(messages.slice(schema.length)).toEqual([
      'b › x › entities[0].id: entity id also belongs to pack "a"',
      'a › x › entities[0].related[1]: points to "z", which no pack describes',
      'a › x › entities[0].aliases[1]: alias "Common Name" also names y (b): mark it "ambiguous": true (or remove it)',
      'b › y › entities[1].aliases[0]: alias "common name" also names x (a): mark it "ambiguous": true (or remove it)',
      'a › x › entities[0].aliases[0]: alias "di" is the common Indonesian word "di": make it "caseSensitive": true or remove it',
    ]);
  });

  it('uses the earlier of the curation date and today', () => {
    expect(earlierDate('2026-11-27', '2026-12-01')).toBe('2026-11-27');
    expect(earlierDate('2026-11-27', '2026-01-01')).toBe('2026-01-01');
  });

  it('passes the bundled packs in seeds/ (the gate `npm run kb:check` runs)', () => {
    const seeds = new URL('../../../seeds/', import.meta.url);
    const files = readdirSync(seeds)
      .filter((name) => name.endsWith('.json') && name !== 'biome.json')
      .map((file) => ({ file, value: JSON.parse(readFileSync(new URL(file, seeds), 'utf8')) as unknown }));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(checkPacks(files, options).problems.map(formatProblem)).toEqual([]);
  });
});

describe('packStats', () => {
  it('counts entities per type, names and aliases per language, and facts and events per publisher', () => {
    const stats = packStats(
      loaded(
        pack('a', [
          entity('x', { aliases: [{ text: 'Ex', lang: 'en' }, { text: 'EX' }] }),
          entity('y', { type: 'person' }),
        ]),
      ),
    );
    expect(stats.entities).toBe(2);
    expect(Object.fromEntries(stats.byType)).toEqual({ city: 1, person: 1 });
    expect(Object.fromEntries(stats.names)).toEqual({ en: 2, id: 2 });
    expect(Object.fromEntries(stats.aliases)).toEqual({ en: 1, '*': 1 });
    expect(Object.fromEntries(stats.publishers)).toEqual({
      Example: { citations: 1, entities: 2, facts: 2, events: 2 },
    });
    expect(formatStats('a', stats)).toEqual([
      'a: 2 entities',
      '  by type:',
      '    city 1, person 1',
      '  by language (names/aliases; * = aliases for every language):',
      '    * 0/1, en 2/1, id 2/0',
      '  by source publisher (citations; entities, facts and events citing them):',
      '    Example: 1 citation; 2 entities, 2 facts, 2 events',
    ]);
  });
});
