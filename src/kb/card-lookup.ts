import type { CardData } from '../messaging/protocol';
import { fail, ok, type Result } from '../shared/result';
import type { KonteksDB } from './db';
import type { Citation, Entity } from './pack-schema';

/** Citation ids an entity refers to, in the order a card lists them. */
export function citedIds(entity: Entity): string[] {
  const ids = [
    ...entity.sources,
    ...entity.facts.flatMap((f) => f.sources),
    ...entity.events.flatMap((e) => e.sources),
  ];
  return [...new Set(ids)];
}

/** Everything a card needs for one entity, from the highest-priority enabled source that has it. */
export async function lookupCard(db: KonteksDB, entityId: string): Promise<Result<CardData>> {
  const rows = await db.getAllFromIndex('entities', 'byEntityId', entityId);
  const candidates = [];
  for (const row of rows) {
    const source = await db.get('sources', row.sourceId);
    if (source?.enabled) candidates.push({ row, source });
  }
  candidates.sort((a, b) => a.source.priority - b.source.priority);
  const best = candidates[0];
  if (!best) return fail('no-such-entity', `no enabled source knows "${entityId}"`);
  const byId = new Map<string, Citation>(best.source.header.citations.map((c) => [c.id, c]));
  const citations = citedIds(best.row.entity).flatMap((id) => byId.get(id) ?? []);
  return ok({
    entity: best.row.entity,
    source: { id: best.source.id, name: best.source.header.name },
    citations,
  });
}
