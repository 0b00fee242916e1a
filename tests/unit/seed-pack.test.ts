import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../src/kb/pack-parse';
import { Alias, Citation, DatedEvent, Entity, Fact, Pack } from '../../src/kb/pack-schema';
import { outletCitationIds } from '../../src/outlets/outlet-citations';
import { REQUIRED_ENTITIES } from '../e2e/support/article-page';

/** The bundled seed pack: valid, self-contained, sourced, dated, and safe against common-word collisions. */

const path = new URL('../../seeds/konteks-seed.json', import.meta.url);
const text = readFileSync(path, 'utf8');
const raw = JSON.parse(text) as {
  citations: Record<string, unknown>[];
  entities: (Record<string, unknown> & {
    aliases: Record<string, unknown>[];
    facts: Record<string, unknown>[];
    events: Record<string, unknown>[];
  })[];
} & Record<string, unknown>;

const result = parsePackText(text);
if (!result.ok) throw new Error(`seed pack is invalid: ${result.error.message}`);
const pack = result.value;

/** Entity ids that code and tests outside this file rely on. */
const REQUIRED_IDS = REQUIRED_ENTITIES;

/** Indonesian common words that are also names (see the knowledge guide): never match them in lower case. */
const COMMON_WORDS = ['sana', 'hama', 'lima', 'telegram', 'serang', 'kota', 'batu', 'mau', 'as', 'un'];

/** English common nouns that are also names in this pack. */
const ENGLISH_COMMON_WORDS = ['turkey', 'telegram'];

/** Latest date the pack may mention: nothing in it may be dated in the future. */
const LATEST = '2026-11-27';

/** Partial dates ("2011", "2011-03", "2011-03-15") compared at the precision both have. */
const compareDates = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
};

const sentences = (value: string) =>
  value
    .trim()
    .split(/(?<=[.!?])\s+/u)
    .filter(Boolean);

const letterCount = (value: string) => (value.match(/\p{L}/gu) ?? []).length;
const isShortSingleWord = (value: string) => !/\s/u.test(value) && letterCount(value) <= 5;
const isAllCapsAcronym = (value: string) => /^[\p{Lu}\d.&-]+$/u.test(value) && letterCount(value) >= 2;

const entityIds = new Set(pack.entities.map((e) => e.id));
const citationIds = new Set(pack.citations.map((c) => c.id));
const isSortedById = (items: readonly { id: string }[]) =>
  items.every((item, i) => i === 0 || (items[i - 1] as { id: string }).id < item.id);

describe('seed pack seeds/konteks-seed.json', () => {
  it('parses and validates as a v1 pack with the expected header', () => {
    expect(pack).toMatchObject({
      format: 'konteks-pack',
      formatVersion: 1,
      id: 'konteks-seed',
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      license: 'CC-BY-SA-4.0',
      languages: ['id', 'en'],
      publisher: { name: 'Konteks' },
    });
    expect(pack.name.en).toBe('Konteks seed: Syria, December 2024');
    expect(pack.name.id).toBeTruthy();
    expect(pack.description?.en).toMatch(/our own words/);
  });

  it('has unique entity and citation ids', () => {
    expect(entityIds.size).toBe(pack.entities.length);
    expect(citationIds.size).toBe(pack.citations.length);
  });

  it('contains every required entity', () => {
    expect(REQUIRED_IDS.filter((id) => !entityIds.has(id))).toEqual([]);
  });

  it('resolves every related id and fact object within the pack', () => {
    const dangling: string[] = [];
    for (const entity of pack.entities) {
      for (const id of entity.related) {
        if (!entityIds.has(id)) dangling.push(`${entity.id}.related: ${id}`);
        if (id === entity.id) dangling.push(`${entity.id}.related: itself`);
      }
      for (const fact of entity.facts) {
        if (fact.object !== undefined && !entityIds.has(fact.object))
          dangling.push(`${entity.id}.facts(${fact.property}).object: ${fact.object}`);
      }
      for (const event of entity.events) {
        for (const id of event.related)
          if (!entityIds.has(id)) dangling.push(`${entity.id}.events(${event.date}).related: ${id}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('gives every entity names, descriptions and a 2–4 sentence summary in English and Indonesian', () => {
    const problems: string[] = [];
    for (const entity of pack.entities) {
      for (const lang of ['en', 'id']) {
        if (!entity.names[lang]?.trim()) problems.push(`${entity.id}: no ${lang} name`);
        if (!entity.descriptions[lang]?.trim()) problems.push(`${entity.id}: no ${lang} description`);
        const summary = entity.summaries[lang];
        if (!summary?.trim()) {
          problems.push(`${entity.id}: no ${lang} summary`);
          continue;
        }
        const count = sentences(summary).length;
        if (count < 2 || count > 4) problems.push(`${entity.id}: ${lang} summary has ${count} sentences`);
        if (!/[.!?]$/u.test(summary.trim())) problems.push(`${entity.id}: ${lang} summary is unfinished`);
      }
      if (entity.sources.length === 0) problems.push(`${entity.id}: no sources for its summary`);
    }
    expect(problems).toEqual([]);
  });

  it('sources every fact and event and uses every citation', () => {
    const unsourced: string[] = [];
    const used = new Set<string>();
    for (const entity of pack.entities) {
      for (const id of entity.sources) used.add(id);
      for (const fact of entity.facts) {
        if (fact.sources.length === 0) unsourced.push(`${entity.id}.facts(${fact.property})`);
        for (const id of fact.sources) used.add(id);
      }
      for (const event of entity.events) {
        if (event.sources.length === 0) unsourced.push(`${entity.id}.events(${event.date})`);
        for (const id of event.sources) used.add(id);
      }
      for (const id of outletCitationIds(entity.outlet)) used.add(id);
    }
    expect(unsourced).toEqual([]);
    expect(pack.citations.map((c) => c.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('links citations over https only', () => {
    expect(pack.citations.filter((c) => new URL(c.url).protocol !== 'https:').map((c) => c.id)).toEqual([]);
  });

  it('makes short, acronym and common-word aliases case-sensitive (collision guard)', () => {
    const loose: string[] = [];
    for (const entity of pack.entities) {
      for (const alias of entity.aliases) {
        const risky =
          isShortSingleWord(alias.text) ||
          isAllCapsAcronym(alias.text) ||
          COMMON_WORDS.includes(alias.text.toLowerCase());
        if (risky && !alias.caseSensitive) loose.push(`${entity.id}: "${alias.text}"`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('backs every name that is also a common word with a case-sensitive alias of the same text', () => {
    // Names count as case-insensitive aliases when a pack is installed; a case-sensitive alias of the
    // same text is how the pack says "only with this capitalisation" ("Hama", never "hama wereng").
    const words = [...COMMON_WORDS, ...ENGLISH_COMMON_WORDS];
    const unguarded: string[] = [];
    for (const entity of pack.entities) {
      for (const name of new Set(Object.values(entity.names))) {
        if (!words.includes(name.toLowerCase())) continue;
        if (!entity.aliases.some((a) => a.text === name && a.caseSensitive && a.lang === undefined))
          unguarded.push(`${entity.id}: "${name}"`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('guards the known collisions of this pack explicitly', () => {
    const alias = (entityId: string, aliasText: string) =>
      pack.entities.find((e) => e.id === entityId)?.aliases.find((a) => a.text === aliasText);
    expect(alias('sana', 'SANA')).toMatchObject({ caseSensitive: true, kind: 'acronym' });
    expect(alias('hama', 'Hama')).toMatchObject({ caseSensitive: true });
    expect(alias('telegram', 'Telegram')).toMatchObject({ caseSensitive: true });
    expect(alias('turkey', 'Turkey')).toMatchObject({ caseSensitive: true });
    expect(alias('united-states', 'AS')).toMatchObject({ lang: 'id', caseSensitive: true, kind: 'acronym' });
    expect(alias('hayat-tahrir-al-sham', 'HTS')).toMatchObject({ caseSensitive: true });
    expect(alias('hayat-tahrir-al-sham', "Hayi'at Tahrir Al Shams")).toMatchObject({ kind: 'misspelling' });
    expect(alias('syrian-arab-army', 'Komando Umum')).toMatchObject({ lang: 'id', caseSensitive: true });
  });

  it('never gives one alias to two entities, unless both declare it ambiguous (as npm run kb:check asks)', () => {
    const owners = new Map<string, { id: string; declared: boolean }>();
    const shared: string[] = [];
    for (const entity of pack.entities) {
      const declared = new Set(entity.aliases.filter((a) => a.ambiguous).map((a) => a.text.toLowerCase()));
      const texts = [...Object.values(entity.names), ...entity.aliases.map((a) => a.text)];
      for (const key of new Set(texts.map((t) => t.toLowerCase()))) {
        const owner = owners.get(key);
        if (owner !== undefined && owner.id !== entity.id && !(owner.declared && declared.has(key)))
          shared.push(`"${key}": ${owner.id}, ${entity.id}`);
        owners.set(key, { id: entity.id, declared: declared.has(key) });
      }
    }
    expect(shared).toEqual([]);
  });

  it('dates facts and events consistently and never in the future', () => {
    const problems: string[] = [];
    const notFuture = (where: string, date: string | undefined) => {
      if (date !== undefined && compareDates(date, LATEST) > 0)
        problems.push(`${where}: ${date} is after ${LATEST}`);
    };
    for (const entity of pack.entities) {
      for (const fact of entity.facts) {
        const where = `${entity.id}.facts(${fact.property})`;
        notFuture(where, fact.from);
        notFuture(where, fact.to);
        if (fact.from !== undefined && fact.to !== undefined && compareDates(fact.from, fact.to) > 0)
          problems.push(`${where}: from ${fact.from} is after to ${fact.to}`);
      }
      for (const event of entity.events) {
        const where = `${entity.id}.events(${event.date})`;
        notFuture(where, event.date);
        notFuture(where, event.endDate);
        if (event.endDate !== undefined && compareDates(event.date, event.endDate) > 0)
          problems.push(`${where}: ends before it starts`);
      }
    }
    for (const citation of pack.citations) {
      notFuture(`citations(${citation.id})`, citation.published);
      notFuture(`citations(${citation.id})`, citation.accessed);
    }
    expect(problems).toEqual([]);
  });

  it('only carries well-formed, distinct Wikidata ids', () => {
    const qids = pack.entities.flatMap((e) => (e.wikidata === undefined ? [] : [e.wikidata]));
    expect(new Set(qids).size).toBe(qids.length);
  });

  it('is canonically formatted, sorted by id, with keys in schema order', () => {
    expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
    expect(isSortedById(pack.entities)).toBe(true);
    expect(isSortedById(pack.citations)).toBe(true);

    const misordered: string[] = [];
    const checkOrder = (where: string, value: Record<string, unknown>, shape: Record<string, unknown>) => {
      const expected = Object.keys(shape).filter((key) => key in value);
      const actual = Object.keys(value);
      if (actual.join() !== expected.join()) misordered.push(`${where}: ${actual.join()}`);
    };
    checkOrder('pack', raw, Pack.shape);
    for (const [i, c] of raw.citations.entries()) checkOrder(`citations[${i}]`, c, Citation.shape);
    for (const [i, e] of raw.entities.entries()) {
      checkOrder(`entities[${i}]`, e, Entity.shape);
      for (const [j, a] of e.aliases.entries()) checkOrder(`entities[${i}].aliases[${j}]`, a, Alias.shape);
      for (const [j, f] of e.facts.entries()) checkOrder(`entities[${i}].facts[${j}]`, f, Fact.shape);
      for (const [j, v] of e.events.entries()) checkOrder(`entities[${i}].events[${j}]`, v, DatedEvent.shape);
    }
    expect(misordered).toEqual([]);
  });
});
