import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../kb/db';
import { aliasRecordsOf, installPack } from '../kb/install-pack';
import { parsePackText } from '../kb/pack-parse';
import { buildMatcher } from '../matcher/build-matcher';
import type { FoundMention } from '../messaging/protocol';
import { type BackgroundDeps, handleMessage } from './handle-message';

/** The background's find-mentions over the real seed pack: what a page gets back. */
const parsed = parsePackText(readFileSync(new URL('../../seeds/konteks-seed.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const seed = parsed.value;
const matcher = buildMatcher(aliasRecordsOf(seed));
const db = openKnowledgeBase('find-mentions-test').then(async (opened) => {
  await installPack(opened, seed, { kind: 'bundled' });
  return opened;
});
const deps: BackgroundDeps = {
  db: () => db,
  matcher: async () => ({ revision: 1, matcher }),
  extensionOrigin: 'chrome-extension://konteks/',
  onKnowledgeChanged: () => {},
};

async function find(text: string, context?: { articleDate?: string; pageEntities?: string[] }) {
  const answer = await handleMessage(
    { type: 'find-mentions', segments: [text], lang: 'id', context },
    { url: 'https://news.example/' },
    deps,
  );
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { mentions: FoundMention[] }).mentions.map((m) => ({
    text: text.slice(m.start, m.end),
    entityId: m.entityId,
    unsure: m.unsure,
  }));
}

describe('find-mentions', () => {
  it('drops a capitalised common word opening a sentence when nothing on the page supports it', async () => {
    expect(await find('Hama ulat menyerang sawah petani di Karawang.')).toEqual([]);
  });

  it('keeps it when the page is about its world', async () => {
    const found = await find('Hama dikepung pasukan pemerintah.', { pageEntities: ['syria'] });
    expect(found).toEqual([{ text: 'Hama', entityId: 'hama', unsure: false }]);
  });

  it('decides "Assad" by the article date, and says when it cannot', async () => {
    expect(await find('Assad menerima tamu.', { articleDate: '2024-12-02' })).toEqual([
      { text: 'Assad', entityId: 'bashar-al-assad', unsure: false },
    ]);
    expect(await find('Pada 1982, Assad memerintah dengan keras.')).toEqual([
      { text: 'Assad', entityId: 'hafez-al-assad', unsure: false },
    ]);
    const [unsure] = await find('Assad menerima tamu.');
    expect(unsure?.unsure).toBe(true);
  });
});
