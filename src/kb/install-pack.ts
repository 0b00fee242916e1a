import type { IDBPTransaction } from 'idb';
import { fail, ok, type Result } from '../shared/result';
import {
  type AliasRecord,
  abortTransaction,
  type KonteksDB,
  type KonteksSchema,
  type SourceKind,
  type SourceRecord,
} from './db';
import type { Pack } from './pack-schema';
import { bumpRevision } from './revision';

export interface InstallOptions {
  kind: SourceKind;
  now?: number;
  /** Where a subscribed pack is fetched from (kind 'url'); kept across updates when omitted. */
  url?: string | undefined;
  /** Restoring a backup sets these; otherwise a replaced source keeps its own, a new one gets defaults. */
  enabled?: boolean | undefined;
  priority?: number | undefined;
  /**
   * The pack ships inside the extension, so the matcher reads its aliases from memory
   * (bundled-packs.ts) and 20,000 alias rows need not be written on every install or update.
   */
  aliasesInMemory?: boolean;
}

/** Aliases as the matcher needs them: the entity's names count as aliases too. */
export function aliasRecordsOf(pack: Pack): AliasRecord[] {
  const rows: AliasRecord[] = [];
  for (const entity of pack.entities) {
    const seen = new Set<string>();
    const add = (row: AliasRecord) => {
      const key = `${row.text}\u0000${row.lang ?? ''}\u0000${row.caseSensitive}`;
      if (!seen.has(key)) {
        seen.add(key);
        rows.push(row);
      }
    };
    // A name the pack also lists as a case-sensitive alias ("Hama", "SANA", "Telegram") must not
    // come back as a case-insensitive one, or the common word ("hama", "sana") would match it.
    const caseSensitiveTexts = new Set(entity.aliases.filter((a) => a.caseSensitive).map((a) => a.text));
    // A name the pack declares shared ("Jordan": an alias of the same text marked ambiguous) is too.
    const ambiguousTexts = new Set(entity.aliases.filter((a) => a.ambiguous).map((a) => a.text));
    for (const name of Object.values(entity.names)) {
      if (caseSensitiveTexts.has(name)) continue;
      const row: AliasRecord = {
        sourceId: pack.id,
        entityId: entity.id,
        text: name,
        caseSensitive: false,
        kind: 'name',
      };
      add(ambiguousTexts.has(name) ? { ...row, ambiguous: true } : row);
    }
    for (const { ambiguous, ...alias } of entity.aliases) {
      // The flag is stored only when set: most of the ~100k rows would otherwise carry `false`.
      add({ sourceId: pack.id, entityId: entity.id, ...alias, ...(ambiguous ? { ambiguous } : {}) });
    }
  }
  return rows;
}

/** A read-write transaction over every store, in which several packs can be written at once. */
export type WriteTx = IDBPTransaction<
  KonteksSchema,
  ('sources' | 'entities' | 'aliases' | 'meta' | 'claims')[],
  'readwrite'
>;

/**
 * Installs or replaces a pack as one IndexedDB transaction: either everything is written or,
 * on any failure, nothing is. A replaced source keeps the reader's enabled choice and priority.
 */
export async function installPack(
  db: KonteksDB,
  pack: Pack,
  options: InstallOptions,
): Promise<Result<SourceRecord>> {
  return inOneTransaction(db, (tx) => putPack(tx, pack, options));
}

/**
 * Runs `work` in one read-write transaction over every store, and bumps the knowledge base's
 * revision when it succeeds: either everything it wrote stays or, on a refusal or any storage
 * error, nothing does.
 */
export async function inOneTransaction<T>(
  db: KonteksDB,
  work: (tx: WriteTx) => Promise<Result<T>>,
): Promise<Result<T>> {
  const tx = db.transaction(['sources', 'entities', 'aliases', 'meta', 'claims'], 'readwrite');
  try {
    const result = await work(tx);
    if (!result.ok) {
      abortTransaction(tx);
      return result;
    }
    await bumpRevision(tx.objectStore('meta'));
    await tx.done;
    return result;
  } catch (error) {
    // The browser may already have aborted it (a failed write does); then there is nothing to undo.
    try {
      abortTransaction(tx);
    } catch {}
    return fail('storage-failed', describeStorageError(error));
  }
}

/**
 * Writes one pack inside the caller's transaction (restoring a backup writes several in one).
 * On a refusal the caller must abort the transaction; a storage error is thrown.
 */
export async function putPack(
  tx: WriteTx,
  pack: Pack,
  options: InstallOptions,
): Promise<Result<SourceRecord>> {
  const now = options.now ?? Date.now();
  const { entities, ...header } = pack;
  const sources = tx.objectStore('sources');
  const entityStore = tx.objectStore('entities');
  const aliasStore = tx.objectStore('aliases');
  const previous = await sources.get(pack.id);
  if (previous && previous.kind === 'bundled' && options.kind !== 'bundled') {
    return fail(
      'reserved-id',
      `pack id "${pack.id}" belongs to a bundled source and cannot be replaced`,
      'id',
    );
  }
  // Requests are issued together and awaited once: one round trip per step instead of one per
  // row keeps loading the bundled packs (20,000 aliases) well under a second.
  const byEntityId = entityStore.index('byEntityId');
  const owners = await inParallel(entities, (entity) => byEntityId.getAll(entity.id));
  for (const [i, rows] of owners.entries()) {
    const other = rows.find((row) => row.sourceId !== pack.id);
    if (other) {
      return fail(
        'entity-id-taken',
        `entity id "${(entities[i] as { id: string }).id}" is already used by source "${other.sourceId}"`,
        `entities[${i}].id`,
      );
    }
  }
  const [oldEntities, oldAliases] = await Promise.all([
    entityStore.index('bySource').getAllKeys(pack.id),
    aliasStore.index('bySource').getAllKeys(pack.id),
  ]);
  await inParallel(oldEntities, (key) => entityStore.delete(key));
  await inParallel(oldAliases, (key) => aliasStore.delete(key));
  await inParallel(entities, (entity) => entityStore.put({ sourceId: pack.id, entityId: entity.id, entity }));
  if (!options.aliasesInMemory) await inParallel(aliasRecordsOf(pack), (row) => aliasStore.add(row));
  const allSources = await sources.getAll();
  // Only a subscribed source has an address; a file imported over it drops the old one.
  const url = options.kind === 'url' ? (options.url ?? previous?.url) : undefined;
  const record: SourceRecord = {
    id: pack.id,
    kind: options.kind,
    header,
    enabled: options.enabled ?? previous?.enabled ?? true,
    priority: options.priority ?? previous?.priority ?? nextPriority(allSources, options.kind),
    entityCount: entities.length,
    importedAt: previous?.importedAt ?? now,
    updatedAt: now,
    ...(url ? { url } : {}),
  };
  await sources.put(record);
  return ok(record);
}

/** Imported sources rank below the bundled ones by default; the reader can reorder later. */
function nextPriority(all: SourceRecord[], kind: SourceKind): number {
  if (kind === 'bundled') return Math.min(0, ...all.map((s) => s.priority)) - 1;
  return Math.max(0, ...all.map((s) => s.priority)) + 1;
}

export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return 'the browser refused to store more data (storage is full); nothing was changed';
  return `saving failed (${(error as Error)?.message ?? String(error)}); nothing was changed`;
}

/**
 * Issues one request per item without waiting between them, then waits for all. Each request is
 * observed as soon as it is made: when one fails (or throws, like a value that cannot be cloned),
 * the transaction aborts and the others reject too, and none of those rejections goes unhandled.
 */
async function inParallel<T, R>(items: readonly T[], request: (item: T) => Promise<R>): Promise<R[]> {
  const pending: Promise<R>[] = [];
  for (const item of items) {
    const made = request(item);
    made.catch(() => {});
    pending.push(made);
  }
  return Promise.all(pending);
}
