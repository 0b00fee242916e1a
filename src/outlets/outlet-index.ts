import { bundledPack } from '../kb/bundled-packs';
import type { KonteksDB } from '../kb/db';
import type { Entity } from '../kb/pack-schema';
import { REVISION_KEY } from '../kb/revision';
import { findOutletDomain } from './outlet-host';

/** Where an outlet is described: the source and the entity that list a domain. */
export interface OutletRef {
  sourceId: string;
  entityId: string;
}

/**
 * Domain → outlet, over the enabled sources; the highest-priority source that lists a domain owns
 * it. Built in memory on the first look-up and kept until the knowledge base's revision changes
 * (like the matcher), so no database index (and no schema upgrade) is needed: outlets are few,
 * and the bundled packs are read from the copy shipped in the extension.
 */
export function createOutletIndex(db: KonteksDB) {
  let cached: { revision: number; byDomain: Map<string, OutletRef> } | undefined;

  async function build(): Promise<Map<string, OutletRef>> {
    const sources = (await db.getAll('sources'))
      .filter((s) => s.enabled)
      .sort((a, b) => a.priority - b.priority);
    const byDomain = new Map<string, OutletRef>();
    for (const source of sources) {
      const entities: Entity[] =
        (source.kind === 'bundled' ? bundledPack(source.id, source.header.version)?.entities : undefined) ??
        (await db.getAllFromIndex('entities', 'bySource', source.id)).map((row) => row.entity);
      for (const entity of entities) {
        for (const domain of entity.outlet?.domains ?? []) {
          if (!byDomain.has(domain)) byDomain.set(domain, { sourceId: source.id, entityId: entity.id });
        }
      }
    }
    return byDomain;
  }

  /** The outlet of a page's host (or of a domain it is a subdomain of), if any enabled source knows it. */
  return async function outletOf(host: string): Promise<{ domain: string; ref: OutletRef } | undefined> {
    const revision = Number((await db.get('meta', REVISION_KEY)) ?? 0);
    if (cached?.revision !== revision) cached = { revision, byDomain: await build() };
    const found = findOutletDomain(host, cached.byDomain);
    return found && { domain: found.domain, ref: found.value };
  };
}
