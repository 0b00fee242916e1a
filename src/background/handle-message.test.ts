import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../kb/db';
import { samplePack } from '../kb/testing/sample-pack';
import type { Mention } from '../matcher/types';
import { type BackgroundDeps, handleMessage } from './handle-message';

const ORIGIN = 'chrome-extension://konteks/';
const optionsPage = { url: `${ORIGIN}options.html` };
const contentScript = { url: 'https://news.example/article', tab: { id: 1 } as never };
let dbCount = 0;

function deps(found: Mention[] = []): BackgroundDeps & { changes: number[] } {
  const db = openKnowledgeBase(`handler-${++dbCount}`);
  const changes: number[] = [];
  return {
    db: () => db,
    matcher: async () => ({ revision: 7, matcher: { size: 1, find: () => found } }),
    extensionOrigin: ORIGIN,
    onKnowledgeChanged: (revision) => changes.push(revision),
    changes,
  };
}

describe('handleMessage', () => {
  it('refuses messages that do not match the protocol', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'drop-tables' }, optionsPage, d)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await handleMessage({ type: 'get-card' }, optionsPage, d)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('refuses state changes from a content script but answers its reads', async () => {
    const d = deps();
    const importing = { type: 'import-pack', text: JSON.stringify(samplePack()) };
    expect(await handleMessage(importing, contentScript, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handleMessage({ type: 'list-sources' }, contentScript, d)).toEqual({ ok: true, value: [] });
  });

  it('imports from an extension page, reports the change, and lists the source', async () => {
    const d = deps();
    const imported = await handleMessage(
      { type: 'import-pack', text: JSON.stringify(samplePack()) },
      optionsPage,
      d,
    );
    expect(imported).toMatchObject({ ok: true, value: { id: 'sample-pack', entityCount: 1, kind: 'file' } });
    expect(d.changes).toEqual([7]);
    expect(await handleMessage({ type: 'list-sources' }, optionsPage, d)).toMatchObject({
      ok: true,
      value: [{ id: 'sample-pack' }],
    });
  });

  it('accepts state changes from the options page opened in a tab', async () => {
    const d = deps();
    const inTab = { ...optionsPage, tab: { id: 2 } as never };
    const imported = await handleMessage(
      { type: 'import-pack', text: JSON.stringify(samplePack()) },
      inTab,
      d,
    );
    expect(imported).toMatchObject({ ok: true, value: { id: 'sample-pack' } });
  });

  it('passes a broken pack’s problem through with its path', async () => {
    const d = deps();
    const broken = { ...samplePack(), version: 'one' };
    const result = await handleMessage({ type: 'import-pack', text: JSON.stringify(broken) }, optionsPage, d);
    expect(result).toMatchObject({ ok: false, error: { path: 'version' } });
    expect(d.changes).toEqual([]);
  });

  it('maps matcher mentions to segments, best entity first', async () => {
    const d = deps([
      { start: 0, end: 5, entityIds: ['assad-a', 'assad-b'], alias: 'Assad', probable: false },
    ]);
    const result = await handleMessage(
      { type: 'find-mentions', segments: ['Assad', 'x'], lang: 'id' },
      contentScript,
      d,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        revision: 7,
        mentions: [
          { segment: 0, entityId: 'assad-a', candidates: ['assad-b'] },
          { segment: 1, entityId: 'assad-a', candidates: ['assad-b'] },
        ],
      },
    });
  });
});
