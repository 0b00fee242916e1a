import type { IDBPObjectStore } from 'idb';
import type { KonteksSchema } from './db';

/**
 * A counter bumped inside every transaction that changes what can be spotted, so caches
 * (the matcher) and open pages know when to refresh.
 */
export const REVISION_KEY = 'revision';

/** The meta store of any read-write transaction that includes it. */
type MetaStore = Pick<IDBPObjectStore<KonteksSchema, ['meta'], 'meta', 'readwrite'>, 'get' | 'put'>;

export async function bumpRevision(meta: MetaStore): Promise<number> {
  const current = Number((await meta.get(REVISION_KEY)) ?? 0);
  const next = current + 1;
  await meta.put(next, REVISION_KEY);
  return next;
}
