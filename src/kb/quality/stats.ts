import { entitiesOf } from './entities.ts';
import type { LoadedPack } from './types.ts';

/** What the packs hold, for the gate's summary. Maps are sorted by key when printed. */
export interface PackStats {
  entities: number;
  byType: Map<string, number>;
  /** Names per language. */
  names: Map<string, number>;
  /** Aliases per language; "*" for aliases that apply to every language. */
  aliases: Map<string, number>;
  /** Per publisher: its citations, and the facts and events citing at least one of them. */
  publishers: Map<string, { citations: number; facts: number; events: number }>;
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
    const row = stats.publishers.get(name) ?? { citations: 0, facts: 0, events: 0 };
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
    const cite = (ids: readonly string[], field: 'facts' | 'events') => {
      const names = new Set(ids.map((id) => publisherOf.get(`${pack.id}\u0000${id}`) ?? `(unknown: ${id})`));
      for (const name of names) counts(name)[field]++;
    };
    for (const fact of entity.facts) cite(fact.sources, 'facts');
    for (const event of entity.events) cite(event.sources, 'events');
  }
  return stats;
}

const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The stats as printable lines. */
export function formatStats(title: string, stats: PackStats): string[] {
  const lines = [`${title}: ${stats.entities} entities`, '  by type:'];
  for (const [type, n] of sorted(stats.byType)) lines.push(`    ${type}: ${n}`);
  lines.push('  by language (names / aliases; * = aliases for every language):');
  const langs = new Set([...stats.names.keys(), ...stats.aliases.keys()]);
  for (const lang of [...langs].sort())
    lines.push(`    ${lang}: ${stats.names.get(lang) ?? 0} / ${stats.aliases.get(lang) ?? 0}`);
  lines.push('  by source publisher (citations; facts and events citing them):');
  const publishers = [...stats.publishers].sort(
    ([a, x], [b, y]) => y.facts + y.events - (x.facts + x.events) || (a < b ? -1 : 1),
  );
  for (const [name, row] of publishers)
    lines.push(`    ${name}: ${row.citations} citations; ${row.facts} facts, ${row.events} events`);
  return lines;
}
