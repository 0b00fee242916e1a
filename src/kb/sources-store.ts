import { deleteClaimsOf } from '../claims/claims-store';
import { fail, ok, type Result } from '../shared/result';
import { abortTransaction, type KonteksDB, type SourceRecord } from './db';
import type { Pack } from './pack-schema';
import { bumpRevision } from './revision';

export async function listSources(db: KonteksDB): Promise<SourceRecord[]> {
  const all = await db.getAll('sources');
  return all.sort((a, b) => a.priority - b.priority);
}

export async function setSourceEnabled(
  db: KonteksDB,
  id: string,
  enabled: boolean,
): Promise<Result<SourceRecord>> {
  const tx = db.transaction(['sources', 'entities', 'aliases', 'meta'], 'readwrite');
  const record = await tx.objectStore('sources').get(id);
  if (!record) {
    abortTransaction(tx);
    return fail('no-such-source', `there is no source "${id}"`);
  }
  const updated = { ...record, enabled };
  await tx.objectStore('sources').put(updated);
  await bumpRevision(tx.objectStore('meta'));
  await tx.done;
  return ok(updated);
}

/** Removes a source with all its entities, aliases and claims, in one transaction. */
export async function removeSource(db: KonteksDB, id: string): Promise<Result<string>> {
  const tx = db.transaction(['sources', 'entities', 'aliases', 'meta', 'claims'], 'readwrite');
  const record = await tx.objectStore('sources').get(id);
  if (!record) {
    abortTransaction(tx);
    return fail('no-such-source', `there is no source "${id}"`);
  }
  if (record.kind === 'bundled') {
    abortTransaction(tx);
    return fail('bundled-source', 'a bundled source can be switched off but not removed');
  }
  const entities = tx.objectStore('entities');
  const aliases = tx.objectStore('aliases');
  for (const key of await entities.index('bySource').getAllKeys(id)) await entities.delete(key);
  for (const key of await aliases.index('bySource').getAllKeys(id)) await aliases.delete(key);
  await deleteClaimsOf(tx.objectStore('claims'), id);
  await tx.objectStore('sources').delete(id);
  await bumpRevision(tx.objectStore('meta'));
  await tx.done;
  return ok(id);
}

/** Rebuilds the pack a source was made from, so it can be saved as a file and imported again. */
export async function exportSource(db: KonteksDB, id: string): Promise<Result<Pack>> {
  const record = await db.get('sources', id);
  if (!record) return fail('no-such-source', `there is no source "${id}"`);
  const rows = await db.getAllFromIndex('entities', 'bySource', id);
  const entities = rows.map((row) => row.entity).sort((a, b) => a.id.localeCompare(b.id));
  return ok({ ...record.header, entities });
}

/**
 * Moves a source one place up (consulted earlier, wins over the one above it) or down, in one
 * transaction. Priorities are renumbered 0..n-1 in the new order, so gaps never accumulate.
 */
export async function moveSource(
  db: KonteksDB,
  id: string,
  direction: 'up' | 'down',
): Promise<Result<SourceRecord[]>> {
  const tx = db.transaction(['sources', 'entities', 'aliases', 'meta'], 'readwrite');
  const store = tx.objectStore('sources');
  const all = (await store.getAll()).sort((a, b) => a.priority - b.priority);
  const at = all.findIndex((s) => s.id === id);
  if (at < 0) {
    abortTransaction(tx);
    return fail('no-such-source', `there is no source "${id}"`);
  }
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= all.length) {
    abortTransaction(tx);
    return ok(all);
  }
  const order = [...all];
  [order[at], order[to]] = [order[to] as SourceRecord, order[at] as SourceRecord];
  const renumbered = order.map((record, priority) => ({ ...record, priority }));
  for (const record of renumbered) await store.put(record);
  await bumpRevision(tx.objectStore('meta'));
  await tx.done;
  return ok(renumbered);
}
