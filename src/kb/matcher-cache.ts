import type { IDBPIndex } from 'idb';
import { buildMatcherParts } from '../matcher/build-matcher';
import { matcherFromSnapshot, snapshotParts } from '../matcher/matcher-snapshot';
import { TrieMatcher } from '../matcher/trie-matcher';
import type { Matcher } from '../matcher/types';
import { bundledAliasRecords } from './bundled-packs';
import type { KonteksDB, KonteksSchema, SourceRecord } from './db';
import { REVISION_KEY } from './revision';

export interface CachedMatcher {
  revision: number;
  matcher: Matcher;
  /** Whether it was restored from the stored snapshot or built from the aliases. */
  from?: 'snapshot' | 'built';
}

/** The meta-store key of the stored matcher (see StoredMatcher). */
export const MATCHER_SNAPSHOT_KEY = 'matcherSnapshot';

/**
 * One id per thing: when enabled sources describe the same thing (same Wikidata id, or a same-as
 * link), every one of their entity ids maps to one of them, so a name both know is one mention of
 * one entity (whose card merges them by priority), never a choice between twins. The id kept is
 * the bundled entity's when there is one — mentions carry the seeds' ids, a public contract — else
 * the highest-priority source's.
 * Read from the byWikidata and bySameAs indexes' keys only; entities themselves are not loaded.
 */
export async function canonicalEntityIds(
  db: KonteksDB,
  enabledByPriority: readonly SourceRecord[],
): Promise<Map<string, string>> {
  // Bundled sources first, then by priority: the rank decides whose id a group keeps.
  const rank = new Map(
    enabledByPriority.map((s, i) => [s.id, (s.kind === 'bundled' ? 0 : enabledByPriority.length) + i]),
  );
  const parent = new Map<string, string>();
  const best = new Map<string, number>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const tx = db.transaction('entities');
  const byWikidata = new Map<string, string>();
  for await (const { key, entityId, sourceRank } of rankedKeys(tx.store.index('byWikidata'), rank)) {
    best.set(entityId, sourceRank);
    const first = byWikidata.get(key);
    if (first) union(first, entityId);
    else byWikidata.set(key, entityId);
  }
  const links: [string, string][] = [];
  for await (const { key, entityId, sourceRank } of rankedKeys(tx.store.index('bySameAs'), rank)) {
    best.set(entityId, sourceRank);
    links.push([entityId, key]);
  }
  for (const [from, to] of links) {
    // A link to an entity no enabled source has joins nothing.
    if (best.has(to)) union(from, to);
    else {
      const owner = await tx.store.index('byEntityId').getKey(to);
      const ownerRank = owner ? rank.get(owner[0]) : undefined;
      if (ownerRank === undefined) continue;
      best.set(to, ownerRank);
      union(from, to);
    }
  }
  await tx.done;
  const groups = new Map<string, string[]>();
  for (const id of best.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const canonical = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const top = [...members].sort((a, b) => (best.get(a) ?? 0) - (best.get(b) ?? 0))[0] as string;
    for (const id of members) if (id !== top) canonical.set(id, top);
  }
  return canonical;
}

/** The keys of an entities index, each with its entity and the rank of its source; disabled sources are skipped. */
async function* rankedKeys(
  index: IDBPIndex<KonteksSchema, ['entities'], 'entities', 'byWikidata' | 'bySameAs'>,
  rank: ReadonlyMap<string, number>,
): AsyncGenerator<{ key: string; entityId: string; sourceRank: number }> {
  for (let cursor = await index.openKeyCursor(); cursor; cursor = await cursor.continue()) {
    const [sourceId, entityId] = cursor.primaryKey;
    const sourceRank = rank.get(sourceId);
    if (sourceRank !== undefined) yield { key: String(cursor.key), entityId, sourceRank };
  }
}

/**
 * Builds the matcher from the enabled sources' aliases (higher-priority sources first, so their
 * entities come first for shared aliases) and keeps it until the knowledge base's revision changes.
 * It is also stored (meta store, MATCHER_SNAPSHOT_KEY) under the revision and `codeVersion`: a
 * service worker woken after being stopped restores it instead of building it again, unless the
 * knowledge or the code changed since.
 */
export function createMatcherCache(db: KonteksDB, codeVersion = '') {
  let cached: CachedMatcher | undefined;
  let building: Promise<CachedMatcher> | undefined;

  async function build(revision: number): Promise<CachedMatcher> {
    const key = `${revision}|${codeVersion}`;
    const stored = await db.get('meta', MATCHER_SNAPSHOT_KEY).catch(() => undefined);
    if (typeof stored === 'object' && stored.key === key) {
      const matcher = matcherFromSnapshot(stored.snapshot);
      if (matcher) return { revision, matcher, from: 'snapshot' };
    }
    const sources = (await db.getAll('sources'))
      .filter((s) => s.enabled)
      .sort((a, b) => a.priority - b.priority);
    const canonical = await canonicalEntityIds(db, sources);
    const aliases = [];
    for (const source of sources) {
      const rows =
        (source.kind === 'bundled' ? bundledAliasRecords(source.id, source.header.version) : undefined) ??
        (await db.getAllFromIndex('aliases', 'bySource', source.id));
      for (const row of rows) {
        const id = canonical.get(row.entityId);
        aliases.push(id ? { ...row, entityId: id } : row);
      }
    }
    const parts = buildMatcherParts(aliases);
    // Kept for the next start; a failed write (a full disk) only costs that start a rebuild.
    await db
      .put('meta', { key, snapshot: snapshotParts(parts) }, MATCHER_SNAPSHOT_KEY)
      .catch((error: unknown) => console.warn('Konteks: the matcher could not be stored', error));
    return { revision, matcher: new TrieMatcher(parts), from: 'built' };
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
