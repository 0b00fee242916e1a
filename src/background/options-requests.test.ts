import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../kb/db';
import type { PackInput } from '../kb/pack-schema';
import { samplePack } from '../kb/testing/sample-pack';
import { STATE_CHANGING } from '../messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { type BackgroundDeps, handleMessage } from './handle-message';

const ORIGIN = 'chrome-extension://konteks/';
const optionsPage = { url: `${ORIGIN}options.html` };
const contentScript = { url: 'https://news.example/article', tab: { id: 1 } as never };
let dbCount = 0;

function deps(): BackgroundDeps & { changes: number[]; stored: () => Settings } {
  const db = openKnowledgeBase(`options-handler-${++dbCount}`);
  const changes: number[] = [];
  let stored: Settings = DEFAULT_SETTINGS;
  return {
    db: () => db,
    matcher: async () => ({ revision: 3, matcher: { size: 0, find: () => [] } }),
    extensionOrigin: ORIGIN,
    onKnowledgeChanged: (revision) => changes.push(revision),
    settings: {
      load: async () => stored,
      save: async (next) => {
        stored = next;
        return next;
      },
    },
    changes,
    stored: () => stored,
  };
}

describe('options requests', () => {
  it('refuses every state change (and the reader’s data) to a content script', async () => {
    const d = deps();
    const requests = [
      { type: 'update-settings', change: { paused: true } },
      { type: 'save-note', note: { name: 'x' } },
      { type: 'delete-note', entityId: 'x' },
      { type: 'subscribe-pack', url: 'https://x.test/p.json', text: '{}' },
      { type: 'apply-update', sourceId: 'x', text: '{}' },
      { type: 'restore-backup', text: '{}' },
      { type: 'reset-all' },
      { type: 'list-notes' },
      { type: 'backup' },
      { type: 'move-source', sourceId: 'x', direction: 'up' },
    ];
    for (const request of requests) {
      expect(STATE_CHANGING.has(request.type as never)).toBe(true);
      expect(await handleMessage(request, contentScript, d)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(d.stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('updates settings field by field and refuses an unknown field', async () => {
    const d = deps();
    const result = await handleMessage(
      { type: 'update-settings', change: { mentionPolicy: 'every', sites: { 'inews.id': 'off' } } },
      optionsPage,
      d,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { mentionPolicy: 'every', sites: { 'inews.id': 'off' } },
    });
    expect(d.stored().sites).toEqual({ 'inews.id': 'off' });
    expect(
      await handleMessage({ type: 'update-settings', change: { colour: 1 } }, optionsPage, d),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('subscribes from a URL, previews an update and applies it', async () => {
    const d = deps();
    const v1 = JSON.stringify(samplePack());
    const subscribed = await handleMessage(
      { type: 'subscribe-pack', url: 'https://packs.example/sample.json', text: v1 },
      optionsPage,
      d,
    );
    expect(subscribed).toMatchObject({
      ok: true,
      value: { kind: 'url', url: 'https://packs.example/sample.json' },
    });
    const v2 = samplePack({ version: '1.1.0' });
    v2.entities.push({
      ...(v2.entities[0] as PackInput['entities'][number]),
      id: 'atlantis-2',
      names: { en: 'Atlantis Two' },
    });
    const preview = await handleMessage(
      { type: 'preview-update', sourceId: 'sample-pack', text: JSON.stringify(v2) },
      optionsPage,
      d,
    );
    expect(preview).toMatchObject({ ok: true, value: { toVersion: '1.1.0', added: [{ id: 'atlantis-2' }] } });
    expect(d.changes).toEqual([3]);
    const wrong = await handleMessage(
      { type: 'apply-update', sourceId: 'sample-pack', text: JSON.stringify(samplePack({ id: 'other' })) },
      optionsPage,
      d,
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pack', path: 'id' } });
    const applied = await handleMessage(
      { type: 'apply-update', sourceId: 'sample-pack', text: JSON.stringify(v2) },
      optionsPage,
      d,
    );
    expect(applied).toMatchObject({ ok: true, value: { version: '1.1.0', entityCount: 2, kind: 'url' } });
  });

  it('restores a backup: sources and settings; a broken one changes neither', async () => {
    const d = deps();
    await handleMessage({ type: 'save-note', note: { name: 'Note one' } }, optionsPage, d);
    await handleMessage({ type: 'update-settings', change: { runMode: 'articles' } }, optionsPage, d);
    const backup = await handleMessage({ type: 'backup' }, optionsPage, d);
    if (!backup.ok) throw new Error(backup.error.message);
    const { text } = backup.value as { text: string };
    await handleMessage({ type: 'reset-all' }, optionsPage, d);
    expect(d.stored()).toEqual(DEFAULT_SETTINGS);
    expect(await handleMessage({ type: 'list-notes' }, optionsPage, d)).toEqual({ ok: true, value: [] });
    const broken = text.replace('"runMode": "articles"', '"runMode": "never"');
    expect(await handleMessage({ type: 'restore-backup', text: broken }, optionsPage, d)).toMatchObject({
      ok: false,
      error: { path: 'settings.runMode' },
    });
    expect(d.stored()).toEqual(DEFAULT_SETTINGS);
    expect(await handleMessage({ type: 'restore-backup', text }, optionsPage, d)).toEqual({
      ok: true,
      value: { sources: 1, notes: 1 },
    });
    expect(d.stored().runMode).toBe('articles');
    expect(await handleMessage({ type: 'list-notes' }, optionsPage, d)).toMatchObject({
      ok: true,
      value: [{ name: 'Note one' }],
    });
  });
});
