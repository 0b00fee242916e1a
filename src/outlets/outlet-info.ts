import type { KonteksDB } from '../kb/db';
import { entitySummaries } from '../kb/entity-summaries';
import type { OutletInfo } from '../messaging/protocol';
import { outletCitationIds } from './outlet-citations';
import { createOutletIndex } from './outlet-index';

const indexes = new WeakMap<KonteksDB, ReturnType<typeof createOutletIndex>>();

/**
 * What the page panel shows about the outlet of a host: the entity that lists the domain (from the
 * source that owns it), the citations its outlet claims and description cite, and the names of the
 * entities it points to (owner, country). Null when no enabled source knows the host.
 */
export async function outletInfo(db: KonteksDB, host: string, lang: string | undefined): Promise<OutletInfo> {
  let outletOf = indexes.get(db);
  if (!outletOf) {
    outletOf = createOutletIndex(db);
    indexes.set(db, outletOf);
  }
  const found = await outletOf(host);
  if (!found) return null;
  const [row, source] = await Promise.all([
    db.get('entities', [found.ref.sourceId, found.ref.entityId]),
    db.get('sources', found.ref.sourceId),
  ]);
  if (!row?.entity.outlet || !source) return null;
  const { entity } = row;
  const outlet = entity.outlet as NonNullable<typeof entity.outlet>;
  const cited = new Set([...entity.sources, ...outletCitationIds(outlet)]);
  const refs = [outlet.owner?.entity, outlet.country?.entity].filter((id): id is string => id !== undefined);
  return {
    domain: found.domain,
    entity,
    source: { id: source.id, name: source.header.name },
    citations: source.header.citations.filter((c) => cited.has(c.id)),
    linked: await entitySummaries(db, refs, lang),
  };
}
