import { type CardData, type CardProvenance, MERGED_FIELDS, type MergedField } from '../messaging/protocol';
import { outletCitationIds } from '../outlets/outlet-citations';
import { fail, ok, type Result } from '../shared/result';
import type { EntityRecord, KonteksDB, SourceRecord } from './db';
import type { Citation, Entity } from './pack-schema';

/** Citation ids an entity refers to, in the order a card lists them. */
export function citedIds(entity: Entity): string[] {
  const ids = [
    ...entity.sources,
    ...entity.facts.flatMap((f) => f.sources),
    ...entity.events.flatMap((e) => e.sources),
    ...outletCitationIds(entity.outlet),
  ];
  return [...new Set(ids)];
}

/** More descriptions of one thing than this are not merged (a guard against a runaway same-as web). */
const MAX_GROUP = 12;

/**
 * Every stored description of the same thing as `entityId`: the entity itself, entities with the
 * same Wikidata id, and entities linked by `sameAs` in either direction, followed transitively.
 */
export async function sameEntityRows(
  db: KonteksDB,
  entityId: string,
  /** Rows of other sources are neither returned nor followed (switched-off sources join nothing). */
  include: (sourceId: string) => boolean = () => true,
): Promise<EntityRecord[]> {
  const found = new Map<string, EntityRecord>();
  const queue = [entityId];
  const visitedIds = new Set<string>();
  const visitedWikidata = new Set<string>();
  while (queue.length > 0 && found.size < MAX_GROUP) {
    const id = queue.shift() as string;
    if (visitedIds.has(id)) continue;
    visitedIds.add(id);
    const rows = await db.getAllFromIndex('entities', 'byEntityId', id);
    for (const row of rows) {
      // The entity asked about leads to its twins even from a switched-off source; others do not.
      const included = include(row.sourceId);
      if (!included && id !== entityId) continue;
      if (included) found.set(`${row.sourceId}\u0000${row.entityId}`, row);
      queue.push(...(row.entity.sameAs ?? []));
      const wikidata = row.entity.wikidata;
      if (wikidata && !visitedWikidata.has(wikidata)) {
        visitedWikidata.add(wikidata);
        const twins = await db.getAllFromIndex('entities', 'byWikidata', wikidata);
        queue.push(...twins.map((twin) => twin.entityId));
      }
    }
    const pointing = await db.getAllKeysFromIndex('entities', 'bySameAs', id);
    queue.push(...pointing.filter(([sourceId]) => include(sourceId)).map(([, pointingId]) => pointingId));
  }
  return [...found.values()];
}

interface Described {
  row: EntityRecord;
  source: SourceRecord;
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** A citation id unique within one card: the top source keeps its ids, lower ones get a prefix. */
function cardCitationId(rank: number, id: string): string {
  if (rank === 0) return id;
  const prefixed = `src${rank}.${id}`;
  return prefixed.length <= 120 ? prefixed : id;
}

function renameSources<T extends { sources: string[] }>(items: T[], rank: number): T[] {
  if (rank === 0) return items;
  return items.map((item) => ({ ...item, sources: item.sources.map((id) => cardCitationId(rank, id)) }));
}

/**
 * Merges descriptions of one thing, highest priority first: each field comes from the highest
 * source that has it, and the provenance says which source that was.
 */
export function mergeDescriptions(described: readonly Described[], askedId?: string): CardData {
  const [top] = described;
  if (!top) throw new Error('mergeDescriptions needs at least one description');
  // The merged entity answers to the id it was asked for, so callers can match it to a mention.
  const keepId = askedId && described.some((d) => d.row.entityId === askedId) ? askedId : top.row.entityId;
  const entity: Entity = { ...top.row.entity, id: keepId };
  const fields: Partial<Record<MergedField, string>> = {};
  const rankOf = new Map<string, number>();
  const set = entity as Record<MergedField, unknown>;
  for (const field of MERGED_FIELDS) {
    const rank = described.findIndex((d) => hasValue(d.row.entity[field]));
    if (rank < 0) continue;
    const from = described[rank] as Described;
    const value = from.row.entity[field];
    set[field] =
      field === 'facts' || field === 'events' ? renameSources(value as Entity['facts'], rank) : value;
    fields[field] = from.source.id;
    rankOf.set(field, rank);
  }
  // The entity's own sources back its description and summary: they follow the summary's source.
  const summaryRank = rankOf.get('summaries') ?? 0;
  entity.sources = (described[summaryRank] as Described).row.entity.sources.map((id) =>
    cardCitationId(summaryRank, id),
  );

  const byCardId = new Map<string, { citation: Citation; sourceId: string }>();
  described.forEach(({ source }, rank) => {
    for (const citation of source.header.citations) {
      const id = cardCitationId(rank, citation.id);
      if (!byCardId.has(id)) byCardId.set(id, { citation: { ...citation, id }, sourceId: source.id });
    }
  });
  const citations: Citation[] = [];
  const citationSources: Record<string, string> = {};
  for (const id of citedIds(entity)) {
    const known = byCardId.get(id);
    if (!known) continue;
    citations.push(known.citation);
    citationSources[id] = known.sourceId;
  }
  const provenance: CardProvenance = {
    sources: described.map(({ row, source }) => ({
      id: source.id,
      name: source.header.name,
      entityId: row.entityId,
    })),
    fields,
    citations: citationSources,
  };
  return {
    entity,
    source: { id: top.source.id, name: top.source.header.name },
    citations,
    provenance,
  };
}

/**
 * Everything a card needs for one entity, merged from every enabled source that describes it
 * (same id, same Wikidata id, or a same-as link), the higher-priority source winning field by field.
 */
export async function lookupCard(db: KonteksDB, entityId: string): Promise<Result<CardData>> {
  const enabled = new Map((await db.getAll('sources')).filter((s) => s.enabled).map((s) => [s.id, s]));
  const rows = await sameEntityRows(db, entityId, (sourceId) => enabled.has(sourceId));
  const described: Described[] = rows.map((row) => ({
    row,
    source: enabled.get(row.sourceId) as SourceRecord,
  }));
  described.sort((a, b) => a.source.priority - b.source.priority);
  if (described.length === 0) return fail('no-such-entity', `no enabled source knows "${entityId}"`);
  return ok(mergeDescriptions(described, entityId));
}

/** The card of one entity as one source describes it, enabled or not (browsing a source). */
export async function lookupSourceCard(
  db: KonteksDB,
  sourceId: string,
  entityId: string,
): Promise<Result<CardData>> {
  const [row, source] = await Promise.all([
    db.get('entities', [sourceId, entityId]),
    db.get('sources', sourceId),
  ]);
  if (!row || !source) return fail('no-such-entity', `source "${sourceId}" has no entity "${entityId}"`);
  return ok(mergeDescriptions([{ row, source }]));
}
