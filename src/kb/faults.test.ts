import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { lookupCard } from './card-lookup';
import { DB_VERSION, type KonteksDB, openKnowledgeBase } from './db';
import { installPack } from './install-pack';
import { type Pack, Pack as PackSchema } from './pack-schema';
import { REVISION_KEY } from './revision';
import { listSources } from './sources-store';
import { samplePack } from './testing/sample-pack';

/**
 * Issue 7 point 5, the parts below the browser: a quota error in the middle of an import leaves
 * the knowledge base exactly as it was and says so; a database of the previous schema version
 * (tests/fixtures/trust/kb-v1.json) is upgraded with nothing lost.
 */

let count = 0;
const freshName = () => `faults-${++count}`;
const pack = (overrides = {}): Pack => PackSchema.parse(samplePack(overrides));

async function snapshot(db: KonteksDB) {
  return {
    sources: await db.getAll('sources'),
    entities: await db.getAll('entities'),
    aliases: await db.getAll('aliases'),
    aliasKeys: await db.getAllKeys('aliases'),
    meta: await db.get('meta', REVISION_KEY),
  };
}

/**
 * The same database, except that writes to one object store fail with the browser's
 * QuotaExceededError after `allowed` successful ones (as a full disk does mid-import).
 */
function quotaAfter(db: KonteksDB, storeName: string, method: 'add' | 'put', allowed: number) {
  let calls = 0;
  const failing = { thrown: 0 };
  const bind = <T extends object>(target: T, prop: PropertyKey) => {
    const value = Reflect.get(target, prop, target);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const wrapStore = (store: object) =>
    new Proxy(store, {
      get(target, prop) {
        if (prop === method)
          return (...args: unknown[]) => {
            if (++calls > allowed) {
              failing.thrown++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return (Reflect.get(target, prop, target) as (...a: unknown[]) => unknown).apply(target, args);
          };
        return bind(target, prop);
      },
    });
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'objectStore')
          return (name: string) => {
            const store = (target as { objectStore(n: string): object }).objectStore(name);
            return name === storeName ? wrapStore(store) : store;
          };
        return bind(target, prop);
      },
    });
  const wrapped = new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction')
        return (...args: unknown[]) =>
          wrapTx((target.transaction as (...a: unknown[]) => object).apply(target, args));
      return bind(target, prop);
    },
  }) as KonteksDB;
  return { db: wrapped, failing };
}

describe('a quota error during import', () => {
  let db: KonteksDB;
  beforeEach(async () => {
    db = await openKnowledgeBase(freshName());
  });

  it('on a first import: nothing is stored, and the answer says storage is full and nothing changed', async () => {
    await installPack(db, pack({ id: 'other-pack', entities: [] }), { kind: 'file', now: 1 });
    const before = await snapshot(db);
    const { db: full, failing } = quotaAfter(db, 'aliases', 'add', 1);
    const result = await installPack(full, pack(), { kind: 'file', now: 2 });
    expect(failing.thrown).toBeGreaterThan(0);
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/storage is full/);
      expect(result.error.message).toMatch(/nothing was changed/);
    }
    expect(await snapshot(db)).toEqual(before);
    // The database is still usable afterwards.
    expect((await installPack(db, pack(), { kind: 'file', now: 3 })).ok).toBe(true);
    expect((await listSources(db)).map((s) => s.id)).toEqual(['other-pack', 'sample-pack']);
  });

  it('on an update of an installed pack: the old version stays, entities, aliases and revision included', async () => {
    await installPack(db, pack(), { kind: 'file', now: 1 });
    const before = await snapshot(db);
    expect(before.aliases.length).toBeGreaterThan(0);
    const update = pack({ version: '2.0.0' });
    update.entities[0]?.aliases.push({ text: 'Atlantida', caseSensitive: false, ambiguous: false });
    const { db: full } = quotaAfter(db, 'aliases', 'add', 2);
    const result = await installPack(full, update, { kind: 'file', now: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(await snapshot(db)).toEqual(before);
    const card = await lookupCard(db, 'atlantis');
    expect(card.ok).toBe(true);
  });

  it('when the entity write is the one refused', async () => {
    const before = await snapshot(db);
    const { db: full } = quotaAfter(db, 'entities', 'put', 0);
    const result = await installPack(full, pack(), { kind: 'file', now: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    if (!result.ok) expect(result.error.message).toMatch(/storage is full/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('the wrapper is transparent when the quota is not reached (the test can tell the difference)', async () => {
    const { db: roomy, failing } = quotaAfter(db, 'aliases', 'add', 1000);
    expect((await installPack(roomy, pack(), { kind: 'file', now: 1 })).ok).toBe(true);
    expect(failing.thrown).toBe(0);
    expect((await snapshot(db)).sources).toHaveLength(1);
  });
});

interface V1Fixture {
  version: number;
  sources: { id: string; enabled: boolean }[];
  entities: { sourceId: string; entityId: string; entity: { wikidata?: string } }[];
  aliases: { key: number; value: unknown }[];
  meta: { key: string; value: number }[];
}

const V1 = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/trust/kb-v1.json', import.meta.url), 'utf8'),
) as V1Fixture;

/** Creates a database exactly as schema version 1 did (raw IndexedDB), filled from the fixture. */
async function createV1Database(name: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const raw = request.result;
      raw.createObjectStore('sources', { keyPath: 'id' });
      const entities = raw.createObjectStore('entities', { keyPath: ['sourceId', 'entityId'] });
      entities.createIndex('byEntityId', 'entityId');
      entities.createIndex('bySource', 'sourceId');
      const aliases = raw.createObjectStore('aliases', { autoIncrement: true });
      aliases.createIndex('bySource', 'sourceId');
      raw.createObjectStore('meta');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['sources', 'entities', 'aliases', 'meta'], 'readwrite');
  for (const row of V1.sources) tx.objectStore('sources').put(row);
  for (const row of V1.entities) tx.objectStore('entities').put(row);
  for (const { key, value } of V1.aliases) tx.objectStore('aliases').put(value, key);
  for (const { key, value } of V1.meta) tx.objectStore('meta').put(value, key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('upgrading a database from schema version 1', () => {
  it('the fixture is a v1 database and the code is at a later version', () => {
    expect(V1.version).toBe(1);
    expect(DB_VERSION).toBeGreaterThan(1);
    expect(V1.sources.length).toBe(3);
  });

  it('keeps every source, entity, alias (with its key) and the revision', async () => {
    const name = freshName();
    await createV1Database(name);
    const db = await openKnowledgeBase(name);
    expect(db.version).toBe(DB_VERSION);
    const after = await snapshot(db);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.sources as never[])).toEqual(byId(V1.sources as never[]));
    expect(after.entities).toEqual(
      [...V1.entities].sort((a, b) =>
        `${a.sourceId}/${a.entityId}`.localeCompare(`${b.sourceId}/${b.entityId}`),
      ),
    );
    expect(after.aliasKeys).toEqual(V1.aliases.map((a) => a.key));
    expect(after.aliases).toEqual(V1.aliases.map((a) => a.value));
    expect(after.meta).toBe(V1.meta[0]?.value);
    // The reader's choices survive: karawang stays switched off.
    expect((await listSources(db)).find((s) => s.id === 'test-karawang')?.enabled).toBe(false);
    db.close();
  });

  it('the indexes the new version added are filled from the old rows, and cards merge through them', async () => {
    const name = freshName();
    await createV1Database(name);
    const db = await openKnowledgeBase(name);
    const wikidata = V1.entities.find((e) => e.entityId === 'aleppo')?.entity.wikidata;
    expect(wikidata).toBeDefined();
    const twins = await db.getAllFromIndex('entities', 'byWikidata', wikidata as string);
    expect(twins.map((t) => `${t.sourceId}/${t.entityId}`).sort()).toEqual([
      'konteks-seed/aleppo',
      'test-aleppo-alt/aleppo-alt',
    ]);
    const card = await lookupCard(db, 'aleppo');
    expect(card.ok).toBe(true);
    expect(JSON.stringify(card)).toContain('test-aleppo-alt');
    // And the upgraded database takes new imports and bumps the same revision counter.
    expect((await installPack(db, pack(), { kind: 'file', now: 9 })).ok).toBe(true);
    expect(await db.get('meta', REVISION_KEY)).toBe((V1.meta[0]?.value ?? 0) + 1);
    db.close();
  });
});
