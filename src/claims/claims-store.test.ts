import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, restoreBackup } from '../kb/backup';
import { DB_VERSION, openKnowledgeBase } from '../kb/db';
import { installPack } from '../kb/install-pack';
import { Pack } from '../kb/pack-schema';
import { REVISION_KEY } from '../kb/revision';
import { removeSource, setSourceEnabled } from '../kb/sources-store';
import { samplePack } from '../kb/testing/sample-pack';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { parseClaimReviewText } from './claim-review-parse';
import { claimsForUrl, enabledClaims, installClaims, toDataFeed } from './claims-store';

let count = 0;
const fresh = () => openKnowledgeBase(`claims-${++count}`);
const feed = () => {
  const parsed = parseClaimReviewText(readFileSync('tests/fixtures/claims/feed.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const PAGE = 'https://www.inews.id/news/internasional/konteks-test-claim-page';

describe('ClaimReview sources in the knowledge base', () => {
  it('installs a feed as a source with its claim count, and finds claims by page address', async () => {
    const db = await fresh();
    const installed = await installClaims(db, feed(), { kind: 'file', fileName: 'feed.json', now: 5 });
    if (!installed.ok) throw new Error(installed.error.message);
    expect(installed.value).toMatchObject({
      id: 'claims-feed',
      content: 'claims',
      claimCount: 3,
      entityCount: 0,
    });
    for (const url of [
      PAGE,
      `${PAGE}/`,
      `http://INEWS.id/news/internasional/konteks-test-claim-page?utm_source=x#top`,
    ]) {
      const found = await claimsForUrl(db, url);
      expect(found.map((f) => f.claim.verdict)).toEqual(['Salah']);
    }
    expect(await claimsForUrl(db, `${PAGE}-2`)).toEqual([]);
    expect(await claimsForUrl(db, 'https://www.inews.id/news/internasional/Konteks-Test-Claim-Page')).toEqual(
      [],
    );
    expect(await db.get('meta', REVISION_KEY)).toBe(1);
  });

  it('a disabled source shows no claims; a removed one leaves none behind', async () => {
    const db = await fresh();
    await installClaims(db, feed(), { kind: 'file', fileName: 'feed.json' });
    await setSourceEnabled(db, 'claims-feed', false);
    expect(await claimsForUrl(db, PAGE)).toEqual([]);
    expect(await enabledClaims(db)).toEqual([]);
    await setSourceEnabled(db, 'claims-feed', true);
    expect(await enabledClaims(db)).toHaveLength(3);
    expect((await removeSource(db, 'claims-feed')).ok).toBe(true);
    expect(await db.getAll('claims')).toEqual([]);
  });

  it('re-importing replaces the claims; an id taken by a pack is refused and nothing changes', async () => {
    const db = await fresh();
    await installClaims(db, feed(), { kind: 'file', fileName: 'feed.json' });
    const smaller = { ...feed(), records: feed().records.slice(0, 1) };
    await installClaims(db, smaller, { kind: 'file', fileName: 'feed.json' });
    expect(await db.getAll('claims')).toHaveLength(1);
    await installPack(db, Pack.parse(samplePack({ id: 'claims-taken' })), { kind: 'file' });
    const before = await db.getAll('claims');
    const refused = await installClaims(db, feed(), { kind: 'file', fileName: 'taken.json' });
    expect(!refused.ok && refused.error.code).toBe('source-exists');
    expect(await db.getAll('claims')).toEqual(before);
  });

  it('a backup keeps a claims source and its claims, and restores them exactly', async () => {
    const db = await fresh();
    await installClaims(db, feed(), { kind: 'url', url: 'https://cekfakta.example/feed.json' });
    const backup = await buildBackup(db, DEFAULT_SETTINGS);
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const other = await fresh();
    expect((await restoreBackup(other, parsed.value)).ok).toBe(true);
    expect((await other.getAll('claims')).map((r) => r.claim)).toEqual(
      (await db.getAll('claims')).map((r) => r.claim),
    );
    expect((await other.get('sources', 'claims-cekfakta-example-feed'))?.url).toBe(
      'https://cekfakta.example/feed.json',
    );
  });

  it('exports a source as a DataFeed that imports back to the same claims', async () => {
    const db = await fresh();
    const installed = await installClaims(db, feed(), { kind: 'file', fileName: 'feed.json' });
    if (!installed.ok) throw new Error('install');
    const claims = (await db.getAll('claims')).map((r) => r.claim);
    const again = parseClaimReviewText(JSON.stringify(toDataFeed(installed.value, claims)));
    expect(again.ok && again.value.records.map((r) => r.id).sort()).toEqual(claims.map((c) => c.id).sort());
  });
});

describe('upgrading a database from schema version 2', () => {
  it('keeps the sources and adds the claims store', async () => {
    const name = `claims-v2-${++count}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 2);
      request.onupgradeneeded = () => {
        const raw = request.result;
        raw.createObjectStore('sources', { keyPath: 'id' }).put({ id: 'kept', kind: 'file', enabled: false });
        const entities = raw.createObjectStore('entities', { keyPath: ['sourceId', 'entityId'] });
        entities.createIndex('byEntityId', 'entityId');
        entities.createIndex('bySource', 'sourceId');
        entities.createIndex('byWikidata', 'entity.wikidata');
        entities.createIndex('bySameAs', 'entity.sameAs', { multiEntry: true });
        raw.createObjectStore('aliases', { autoIncrement: true }).createIndex('bySource', 'sourceId');
        raw.createObjectStore('meta').put(7, REVISION_KEY);
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openKnowledgeBase(name);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
    expect(await db.get('sources', 'kept')).toEqual({ id: 'kept', kind: 'file', enabled: false });
    expect(await db.get('meta', REVISION_KEY)).toBe(7);
    expect([...db.objectStoreNames]).toContain('claims');
    expect(await installClaims(db, feed(), { kind: 'file', fileName: 'feed.json' })).toMatchObject({
      ok: true,
    });
    expect(await claimsForUrl(db, PAGE)).toHaveLength(1);
  });
});
