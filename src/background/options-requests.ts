import {
  type Backup,
  backupFileName,
  buildBackup,
  parseBackup,
  resetKnowledge,
  restoreBackup,
} from '../kb/backup';
import { browseEntities } from '../kb/browse';
import { BUNDLED_PACKS } from '../kb/bundled-packs';
import { lookupSourceCard } from '../kb/card-lookup';
import type { KonteksDB, SourceRecord } from '../kb/db';
import { installPack } from '../kb/install-pack';
import { deleteNote, listNotes, NOTES_SOURCE_ID, saveNote } from '../kb/notes';
import { parsePackText } from '../kb/pack-parse';
import { exportSource } from '../kb/sources-store';
import { previewUpdate } from '../kb/update-preview';
import type { Request, SourceSummary } from '../messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { applySettingsChange } from '../settings/settings-change';
import { loadSettings, updateSettings } from '../settings/settings-store';
import { fail, ok, type Result } from '../shared/result';
import type { ChoicesPort } from '../wrong-match/choices-store';
import {
  importClaims,
  looksLikeClaimReviewText,
  updateClaims,
  withSkipped,
  wrongContent,
} from './claims-requests';

/** The options page's requests (settings, notes, browsing, subscriptions, backups), dispatched by handleMessage. */
export type OptionsRequest = Extract<
  Request,
  {
    type:
      | 'update-settings'
      | 'browse-entities'
      | 'source-card'
      | 'list-notes'
      | 'save-note'
      | 'delete-note'
      | 'subscribe-pack'
      | 'preview-update'
      | 'apply-update'
      | 'backup'
      | 'restore-backup'
      | 'reset-all';
  }
>;

/** Where settings are kept; extension storage by default, replaceable in tests. */
export interface SettingsPort {
  load: () => Promise<Settings>;
  save: (settings: Settings) => Promise<Settings>;
}

export const storageSettings: SettingsPort = {
  load: loadSettings,
  save: (settings) => updateSettings(() => settings),
};

export interface OptionsContext {
  db: KonteksDB;
  settings: SettingsPort;
  /** The reader's wrong-match choices, backed up and restored with the settings. */
  choices?: ChoicesPort;
  toSummary: (record: SourceRecord) => SourceSummary;
  /** Reports a change to what can be spotted (so open pages re-annotate) and maps the value. */
  changed: <T, U>(result: Result<T>, map: (value: T) => U) => Promise<Result<U>>;
}

const bundledIds = (): string[] => BUNDLED_PACKS.map((raw) => String((raw as { id?: unknown }).id));

export async function handleOptionsRequest(
  request: OptionsRequest,
  ctx: OptionsContext,
): Promise<Result<unknown>> {
  const { db, settings, toSummary, changed } = ctx;
  switch (request.type) {
    case 'update-settings':
      return ok(await settings.save(applySettingsChange(await settings.load(), request.change)));
    case 'browse-entities':
      return ok(
        await browseEntities(
          db,
          request.sourceId,
          request.query,
          request.offset,
          request.limit,
          request.lang,
        ),
      );
    case 'source-card':
      return lookupSourceCard(db, request.sourceId, request.entityId);
    case 'list-notes':
      return ok(await listNotes(db));
    case 'save-note':
      return changed(await saveNote(db, request.note), (note) => note);
    case 'delete-note':
      return changed(await deleteNote(db, request.entityId), (deleted) => ({ deleted }));
    case 'subscribe-pack': {
      const claims = await importClaims(db, request.text, { kind: 'url', url: request.url });
      if (claims) return changed(claims, withSkipped(toSummary));
      const pack = parsePackText(request.text);
      if (!pack.ok) return pack;
      if (pack.value.id === NOTES_SOURCE_ID)
        return fail('reserved-id', `"${NOTES_SOURCE_ID}" is the id of your notes`, 'id');
      const existing = await db.get('sources', pack.value.id);
      if (existing && existing.kind !== 'url') {
        return fail(
          'source-exists',
          `a source with id "${pack.value.id}" is already installed (${existing.kind}); remove it first`,
          'id',
        );
      }
      return changed(await installPack(db, pack.value, { kind: 'url', url: request.url }), toSummary);
    }
    case 'preview-update':
    case 'apply-update': {
      const current = await db.get('sources', request.sourceId);
      if (!current) return fail('no-such-source', `there is no source "${request.sourceId}"`);
      if (current.content === 'claims') return updateClaims(request, current, ctx, toSummary);
      if (looksLikeClaimReviewText(request.text)) return wrongContent(current);
      const pack = parsePackText(request.text);
      if (!pack.ok) return pack;
      if (pack.value.id !== request.sourceId) {
        return fail(
          'wrong-pack',
          `the pack at this address is now "${pack.value.id}", not "${request.sourceId}"`,
          'id',
        );
      }
      if (request.type === 'apply-update') {
        return changed(await installPack(db, pack.value, { kind: current.kind }), toSummary);
      }
      const old = await exportSource(db, request.sourceId);
      if (!old.ok) return old;
      return ok(previewUpdate(old.value, pack.value));
    }
    case 'backup': {
      const backup = await buildBackup(db, await settings.load(), new Date(), await ctx.choices?.load());
      return ok({ fileName: backupFileName(), text: `${JSON.stringify(backup, null, 2)}\n` });
    }
    case 'restore-backup': {
      const backup = parseBackup(request.text);
      if (!backup.ok) return backup;
      return restore(backup.value, ctx);
    }
    case 'reset-all': {
      const reset = await changed(await resetKnowledge(db, bundledIds()), (removed) => ({ removed }));
      if (reset.ok) {
        await settings.save(DEFAULT_SETTINGS);
        await ctx.choices?.save([]);
      }
      return reset;
    }
  }
}

/** Sources first (one transaction, all or nothing), then settings, which the backup validated in full. */
async function restore(
  backup: Backup,
  { db, settings, changed, choices }: OptionsContext,
): Promise<Result<unknown>> {
  const restored = await changed(await restoreBackup(db, backup), (counts) => counts);
  if (!restored.ok) return restored;
  await settings.save(backup.settings);
  // A backup from before wrong-match choices existed leaves the current ones as they are.
  if (backup.wrongMatches) await choices?.save(backup.wrongMatches);
  return restored;
}
