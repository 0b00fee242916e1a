import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../kb/db';
import { installPack } from '../kb/install-pack';
import { parsePackText } from '../kb/pack-parse';
import type { OutletInfo } from '../messaging/protocol';
import { type BackgroundDeps, handleMessage } from './handle-message';

/** The page panel's outlet look-up through the real handler, over the seed pack. */
const parsed = parsePackText(readFileSync(new URL('../../seeds/konteks-seed.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const seed = parsed.value;
const optionsPage = { url: 'chrome-extension://konteks/popup.html' };
let dbCount = 0;

function deps(): BackgroundDeps {
  const db = openKnowledgeBase(`outlet-request-${++dbCount}`).then(async (opened) => {
    await installPack(opened, seed, { kind: 'file' });
    return opened;
  });
  return {
    db: () => db,
    // The outlet look-up needs no matcher; switching a source reports its revision.
    matcher: async () => ({ revision: 1, matcher: { size: 0, find: () => [] } }),
    extensionOrigin: 'chrome-extension://konteks/',
    onKnowledgeChanged: () => {},
  };
}

describe('outlet-for-host', () => {
  it('finds the outlet of a subdomain and nothing for a look-alike', async () => {
    const d = deps();
    const found = await handleMessage(
      { type: 'outlet-for-host', host: 'm.inews.id', lang: 'id' },
      optionsPage,
      d,
    );
    const info = (found as { value: OutletInfo }).value;
    expect(info).toMatchObject({ domain: 'inews.id', entity: { id: 'inews' } });
    expect(info?.citations.map((c) => c.id)).toContain('wp-en-media-nusantara-citra');
    const lookalike = await handleMessage(
      { type: 'outlet-for-host', host: 'inews.id.evil.com' },
      optionsPage,
      d,
    );
    expect(lookalike).toEqual({ ok: true, value: null });
  });

  it('follows sources switched off and on', async () => {
    const dd = deps();
    const ask = () => handleMessage({ type: 'outlet-for-host', host: 'www.bbc.co.uk' }, optionsPage, dd);
    expect(await ask()).toMatchObject({ ok: true, value: { domain: 'bbc.co.uk', entity: { id: 'bbc' } } });
    expect(
      await handleMessage({ type: 'set-source-enabled', sourceId: seed.id, enabled: false }, optionsPage, dd),
    ).toMatchObject({ ok: true });
    expect(await ask()).toEqual({ ok: true, value: null });
    await handleMessage({ type: 'set-source-enabled', sourceId: seed.id, enabled: true }, optionsPage, dd);
    expect(await ask()).toMatchObject({ ok: true, value: { entity: { id: 'bbc' } } });
  });
});
