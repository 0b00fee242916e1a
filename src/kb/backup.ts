import { z } from 'zod';
import { ClaimRecord } from '../claims/claim-record';
import { MAX_CLAIMS } from '../claims/claim-review-parse';
import { claimsOf, deleteClaimsOf, putClaims } from '../claims/claims-store';
import { MentionPolicy, MentionStyle, RunMode, type Settings, SiteChoice } from '../settings/settings';
import { SiteHost } from '../settings/settings-change';
import { fail, ok, type Result } from '../shared/result';
import { MAX_CHOICES, MatchChoice } from '../wrong-match/match-choices';
import type { KonteksDB, SourceRecord } from './db';
import { inOneTransaction, putPack, type WriteTx } from './install-pack';
import { formatPath, validatePack } from './pack-parse';
import { HttpUrl, Identifier, type Pack } from './pack-schema';

/**
 * A backup is one JSON file: the reader's settings, every source they added (files, URLs, their
 * notes) with its pack, and their choices about the bundled sources (on/off, order).
 * Bundled packs themselves are not copied: the extension ships them.
 */
export const BACKUP_FORMAT = 'konteks-backup';

/** Settings as a backup must hold them: every field present and valid (no silent repair on restore). */
const BackupSettings = z.object({
  paused: z.boolean(),
  runMode: RunMode,
  mentionPolicy: MentionPolicy,
  mentionStyle: MentionStyle,
  cardLanguage: z.string().max(35),
  sites: z.record(SiteHost, SiteChoice),
});

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string().max(40),
  settings: BackupSettings,
  sources: z
    .array(
      z.object({
        kind: z.enum(['file', 'url', 'notes']),
        enabled: z.boolean(),
        priority: z.number().int(),
        url: HttpUrl.optional(),
        /** Validated as a pack separately, so its problems get full paths. */
        pack: z.unknown(),
        /** A fact-check (ClaimReview) source's claims, as stored; its `pack` then has no entities. */
        claims: z.array(ClaimRecord).max(MAX_CLAIMS).optional(),
      }),
    )
    .max(500),
  bundled: z.array(z.object({ id: Identifier, enabled: z.boolean(), priority: z.number().int() })).max(100),
  /** The reader's "wrong match?" choices; absent in backups made before they existed. */
  wrongMatches: z.array(MatchChoice).max(MAX_CHOICES).optional(),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** A backup whose packs are validated too. */
export interface Backup extends Omit<BackupFile, 'sources'> {
  sources: (Omit<BackupFile['sources'][number], 'pack'> & { pack: Pack })[];
}

async function packOf(db: KonteksDB, source: SourceRecord): Promise<Pack> {
  const rows = await db.getAllFromIndex('entities', 'bySource', source.id);
  return {
    ...source.header,
    entities: rows.map((row) => row.entity).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export async function buildBackup(
  db: KonteksDB,
  settings: Settings,
  now = new Date(),
  wrongMatches: MatchChoice[] = [],
): Promise<BackupFile> {
  const all = (await db.getAll('sources')).sort((a, b) => a.priority - b.priority);
  const sources: BackupFile['sources'] = [];
  for (const source of all) {
    if (source.kind === 'bundled') continue;
    sources.push({
      kind: source.kind,
      enabled: source.enabled,
      priority: source.priority,
      ...(source.url ? { url: source.url } : {}),
      pack: await packOf(db, source),
      ...(source.content === 'claims' ? { claims: await claimsOf(db, source.id) } : {}),
    });
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt: now.toISOString(),
    settings,
    sources,
    bundled: all
      .filter((s) => s.kind === 'bundled')
      .map(({ id, enabled, priority }) => ({ id, enabled, priority })),
    wrongMatches,
  };
}

export function backupFileName(now = new Date()): string {
  return `konteks-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads and validates a backup file completely before anything is written; never throws. */
export function parseBackup(text: string): Result<Backup> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('not-json', `the file is not valid JSON (${(error as Error).message})`);
  }
  const parsed = BackupFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatPath(issue?.path ?? []);
    return fail('invalid-backup', `${path}: ${issue?.message ?? 'is not a Konteks backup'}`, path);
  }
  const sources: Backup['sources'] = [];
  for (const [i, source] of parsed.data.sources.entries()) {
    const pack = validatePack(source.pack);
    if (!pack.ok) {
      const inner = pack.error.path ?? '(top level)';
      const path = `sources[${i}].pack${inner === '(top level)' ? '' : inner.startsWith('[') ? inner : `.${inner}`}`;
      const message = pack.error.message.startsWith(`${inner}: `)
        ? pack.error.message.slice(inner.length + 2)
        : pack.error.message;
      return fail(pack.error.code, `${path}: ${message}`, path);
    }
    sources.push({ ...source, pack: pack.value });
  }
  return ok({ ...parsed.data, sources });
}

/** Deletes every source the reader added (not the bundled ones) inside `tx`; returns how many. */
async function clearAddedSources(tx: WriteTx): Promise<number> {
  const sources = tx.objectStore('sources');
  const entities = tx.objectStore('entities');
  const aliases = tx.objectStore('aliases');
  let removed = 0;
  for (const source of await sources.getAll()) {
    if (source.kind === 'bundled') continue;
    for (const key of await entities.index('bySource').getAllKeys(source.id)) await entities.delete(key);
    for (const key of await aliases.index('bySource').getAllKeys(source.id)) await aliases.delete(key);
    await deleteClaimsOf(tx.objectStore('claims'), source.id);
    await sources.delete(source.id);
    removed++;
  }
  return removed;
}

/**
 * Replaces the reader's sources with the backup's, and applies its bundled-source choices, as
 * one transaction: on any failure the knowledge base is exactly as it was.
 */
export async function restoreBackup(
  db: KonteksDB,
  backup: Backup,
  now = Date.now(),
): Promise<Result<{ sources: number; notes: number }>> {
  return inOneTransaction(db, async (tx) => {
    await clearAddedSources(tx);
    let notes = 0;
    for (const [i, source] of backup.sources.entries()) {
      const written =
        source.claims && source.kind !== 'notes'
          ? await putClaims(
              tx,
              { records: source.claims, skipped: 0, name: source.pack.name.en, license: source.pack.license },
              {
                kind: source.kind,
                sourceId: source.pack.id,
                url: source.url,
                enabled: source.enabled,
                priority: source.priority,
                now,
              },
            )
          : await putPack(tx, source.pack, {
              kind: source.kind,
              now,
              url: source.url,
              enabled: source.enabled,
              priority: source.priority,
            });
      if (!written.ok) {
        const inner = written.error.path;
        const path = inner ? `sources[${i}].pack.${inner}` : `sources[${i}]`;
        return fail(written.error.code, `${path}: ${written.error.message}`, path);
      }
      if (source.kind === 'notes') notes += source.pack.entities.length;
    }
    const store = tx.objectStore('sources');
    for (const choice of backup.bundled) {
      const record = await store.get(choice.id);
      if (record?.kind === 'bundled')
        await store.put({ ...record, enabled: choice.enabled, priority: choice.priority });
    }
    return ok({ sources: backup.sources.length, notes });
  });
}

/**
 * Removes every source the reader added and puts the bundled ones back on, in their shipped order
 * (`bundledOrder`, first = highest), as one transaction.
 */
export async function resetKnowledge(
  db: KonteksDB,
  bundledOrder: readonly string[],
): Promise<Result<number>> {
  return inOneTransaction(db, async (tx) => {
    const removed = await clearAddedSources(tx);
    const store = tx.objectStore('sources');
    for (const record of await store.getAll()) {
      const at = bundledOrder.indexOf(record.id);
      await store.put({
        ...record,
        enabled: true,
        priority: at < 0 ? record.priority : at - bundledOrder.length,
      });
    }
    return ok(removed);
  });
}
