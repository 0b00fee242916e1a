import { buildMatcher } from '../matcher/build-matcher';
import type { Matcher } from '../matcher/types';
import type { KonteksDB } from './db';
import { REVISION_KEY } from './revision';

export interface CachedMatcher {
  revision: number;
  matcher: Matcher;
}

/**
 * Builds the matcher from the enabled sources' aliases (higher-priority sources first, so their
 * entities come first for shared aliases) and keeps it until the knowledge base's revision changes.
 * The cache is only memory: a restarted service worker rebuilds it on the first request.
 */
export function createMatcherCache(db: KonteksDB) {
  let cached: CachedMatcher | undefined;
  let building: Promise<CachedMatcher> | undefined;

  async function build(revision: number): Promise<CachedMatcher> {
    const sources = (await db.getAll('sources'))
      .filter((s) => s.enabled)
      .sort((a, b) => a.priority - b.priority);
    const aliases = [];
    for (const source of sources)
      aliases.push(...(await db.getAllFromIndex('aliases', 'bySource', source.id)));
    return { revision, matcher: buildMatcher(aliases) };
  }

  return async function current(): Promise<CachedMatcher> {
    const revision = Number((await db.get('meta', REVISION_KEY)) ?? 0);
    if (cached?.revision === revision) return cached;
    if (!building) {
      building = build(revision).finally(() => {
        building = undefined;
      });
    }
    const fresh = await building;
    cached = fresh;
    return fresh.revision === revision ? fresh : current();
  };
}
