import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bundledAliasRecords, ensureBundledPacks } from './bundled-packs';
import { openKnowledgeBase } from './db';
import { createMatcherCache } from './matcher-cache';
import { setSourceEnabled } from './sources-store';

describe('bundled packs', () => {
  it('install without alias rows: the matcher reads their aliases from the extension itself', async () => {
    const db = await openKnowledgeBase('bundled-in-memory');
    const installed = await ensureBundledPacks(db);
    expect(installed).toEqual({ ok: true, value: ['konteks-seed', 'konteks-world'] });
    expect(await db.count('aliases')).toBe(0);
    const seed = await db.get('sources', 'konteks-seed');
    expect(bundledAliasRecords('konteks-seed', seed?.header.version ?? '')?.length).toBeGreaterThan(500);
    const { matcher } = await createMatcherCache(db)();
    const text = 'Pasukan Rusia di Suriah';
    expect(matcher.find(text, { lang: 'id' }).map((m) => m.entityIds[0])).toEqual(['russia', 'syria']);
  });

  it('a bundled source switched off is not spotted', async () => {
    const db = await openKnowledgeBase('bundled-switched-off');
    await ensureBundledPacks(db);
    await setSourceEnabled(db, 'konteks-seed', false);
    const { matcher } = await createMatcherCache(db)();
    expect(matcher.find('Pasukan Rusia di Suriah', { lang: 'id' })).toEqual([]);
  });

  it('knows only the versions it ships', () => {
    expect(bundledAliasRecords('konteks-seed', '0.0.1')).toBeUndefined();
    expect(bundledAliasRecords('no-such-pack', '1.0.0')).toBeUndefined();
  });
});
