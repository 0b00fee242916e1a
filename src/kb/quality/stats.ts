import { entitiesOf } from './entities.ts';
import type { LoadedPack } from './types.ts';

export interface PublisherCounts {
  citations: number;
  entities: number;
  facts: number;
  events: number;
}

/** What the packs hold, for the gate's summary. Maps are sorted by key when printed. */
export interface PackStats {
  entities: number;
  byType: Map<string, number>;
  /** Names per language. */
  names: Map<string, number>;
  /** Aliases per language; "*" for aliases that apply to every language. */
  aliases: Map<string, number>;
  /** Per publisher: its citations, and the entities (description and summary), facts and events citing one. */
  publishers: Map<string, PublisherCounts>;
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

export function packStats(packs: readonly LoadedPack[]): PackStats {
  const stats: PackStats = {
    entities: 0,
    byType: new Map(),
    names: new Map(),
    aliases: new Map(),
    publishers: new Map(),
  };
  const publisherOf = new Map<string, string>();
  const counts = (name: string) => {
    const row = stats.publishers.get(name) ?? { citations: 0, entities: 0, facts: 0, events: 0 };
    stats.publishers.set(name, row);
    return row;
  };
  for (const { pack } of packs) {
    for (const citation of pack.citations) {
      publisherOf.set(`${pack.id}\u0000${citation.id}`, citation.publisher);
      counts(citation.publisher).citations++;
    }
  }
  for (const { pack, entity } of entitiesOf(packs)) {
    stats.entities++;
    bump(stats.byType, entity.type);
    for (const lang of Object.keys(entity.names)) bump(stats.names, lang);
    for (const alias of entity.aliases) bump(stats.aliases, alias.lang ?? '*');
    const cite = (ids: readonly string[], field: 'entities' | 'facts' | 'events') => {
      const names = new Set(ids.map((id) => publisherOf.get(`${pack.id}\u0000${id}`) ?? `(unknown: ${id})`));
      for (const name of names) counts(name)[field]++;
    };
    cite(entity.sources, 'entities');
    for (const fact of entity.facts) cite(fact.sources, 'facts');
    for (const event of entity.events) cite(event.sources, 'events');
  }
  return stats;
}

const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Items several to a line, so that 150 languages take 20 lines, not 150. */
function wrap(items: readonly string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && indent.length + line.length + item.length + 2 > width) {
      lines.push(`${indent}${line}`);
      line = '';
    }
    line = line === '' ? item : `${line}, ${item}`;
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines;
}

/** The stats as printable lines. */
export function formatStats(title: string, stats: PackStats): string[] {
  const lines = [`${title}: ${count(stats.entities, 'entity', 'entities')}`];
  lines.push(
    '  by type:',
    ...wrap(
      sorted(stats.byType).map(([type, n]) => `${type} ${n}`),
      '    ',
    ),
  );
  lines.push('  by language (names/aliases; * = aliases for every language):');
  const langs = [...new Set([...stats.names.keys(), ...stats.aliases.keys()])].sort();
  const perLang = langs.map(
    (lang) => `${lang} ${stats.names.get(lang) ?? 0}/${stats.aliases.get(lang) ?? 0}`,
  );
  lines.push(...wrap(perLang, '    '));
  lines.push('  by source publisher (citations; entities, facts and events citing them):');
  const weight = (row: PublisherCounts) => row.entities + row.facts + row.events;
  const publishers = [...stats.publishers].sort(
    ([a, x], [b, y]) => weight(y) - weight(x) || (a < b ? -1 : 1),
  );
  for (const [name, row] of publishers)
    lines.push(
      `    ${name}: ${count(row.citations, 'citation')}; ${count(row.entities, 'entity', 'entities')}, ${count(row.facts, 'fact')}, ${count(row.events, 'event')}`,
    );
  return lines;
}
