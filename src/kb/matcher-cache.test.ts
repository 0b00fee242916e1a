import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ensureBundledPacks } from './bundled-packs';
import { openKnowledgeBase } from './db';
import { createMatcherCache, MATCHER_SNAPSHOT_KEY } from './matcher-cache';
import { setSourceEnabled } from './sources-store';

const TEXT = "Milisi Hayi'at Tahrir Al Shams (HTS) memasuki istana Bashar Al Assad di Aleppo, Suriah.";
const spotted = (cache: ReturnType<typeof createMatcherCache>) =>
  cache().then(({ matcher }) => matcher.find(TEXT, { lang: 'id' }));

describe('the matcher kept for the next service worker start', () => {
  it('a new worker (a new cache on the same database) restores it and finds exactly the same', async () => {
    const db = await openKnowledgeBase('snapshot-restore');
    await ensureBundledPacks(db);
    const first = createMatcherCache(db, '1.0.0');
    expect((await first()).from).toBe('built');
    const woken = createMatcherCache(db, '1.0.0');
    expect((await woken()).from).toBe('snapshot');
    expect(await spotted(woken)).toEqual(await spotted(first));
    expect((await spotted(woken)).length).toBeGreaterThan(3);
  });

  it('is rebuilt when the knowledge changed (a source switched off), and the rebuild is what is kept', async () => {
    const db = await openKnowledgeBase('snapshot-revision');
    await ensureBundledPacks(db);
    await createMatcherCache(db, '1.0.0')();
    await setSourceEnabled(db, 'konteks-seed', false);
    const woken = createMatcherCache(db, '1.0.0');
    expect((await woken()).from).toBe('built');
    expect((await spotted(woken)).map((m) => m.entityIds[0])).not.toContain('bashar-al-assad');
    expect((await createMatcherCache(db, '1.0.0')()).from).toBe('snapshot');
  });

  it('is rebuilt after an update of the extension (another code version)', async () => {
    const db = await openKnowledgeBase('snapshot-version');
    await ensureBundledPacks(db);
    await createMatcherCache(db, '1.0.0')();
    expect((await createMatcherCache(db, '1.0.1')()).from).toBe('built');
  });

  it('a damaged stored matcher is rebuilt, not used', async () => {
    const db = await openKnowledgeBase('snapshot-damaged');
    await ensureBundledPacks(db);
    const built = createMatcherCache(db, '1.0.0');
    await built();
    const stored = await db.get('meta', MATCHER_SNAPSHOT_KEY);
    if (typeof stored !== 'object') throw new Error('no stored matcher');
    await db.put(
      'meta',
      { ...stored, snapshot: { ...stored.snapshot, trie: { broken: true } } },
      MATCHER_SNAPSHOT_KEY,
    );
    const woken = createMatcherCache(db, '1.0.0');
    expect((await woken()).from).toBe('built');
    expect(await spotted(woken)).toEqual(await spotted(built));
  });
});
