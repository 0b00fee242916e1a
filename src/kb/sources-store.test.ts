import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ensureBundledPacks } from './bundled-packs';
import { lookupCard } from './card-lookup';
import { type KonteksDB, openKnowledgeBase } from './db';
import { installPack } from './install-pack';
import { type Pack, Pack as PackSchema } from './pack-schema';
import { REVISION_KEY } from './revision';
import { exportSource, listSources, removeSource, setSourceEnabled } from './sources-store';
import { samplePack } from './testing/sample-pack';

let db: KonteksDB;
let dbCount = 0;
const pack = (overrides = {}): Pack => PackSchema.parse(samplePack(overrides));

async function snapshot(database: KonteksDB) {
  return {
    sources: await database.getAll('sources'),
    entities: await database.getAll('entities'),
    aliases: await database.getAll('aliases'),
  };
}

beforeEach(async () => {
  db = await openKnowledgeBase(`test-${++dbCount}`);
});

describe('installPack', () => {
  it('stores the source, its entities and an alias index including names', async () => {
    const result = await installPack(db, pack(), { kind: 'file', now: 5 });
    expect(result).toMatchObject({
      ok: true,
      value: { id: 'sample-pack', entityCount: 1, enabled: true, updatedAt: 5 },
    });
    const aliases = (await db.getAll('aliases')).map((a) => a.text).sort();
    expect(aliases).toEqual(['ATL', 'Atlantis']);
    expect(await db.get('meta', REVISION_KEY)).toBe(1);
  });

  it('keeps the reader’s enabled choice when a pack is replaced', async () => {
    await installPack(db, pack(), { kind: 'file' });
    await setSourceEnabled(db, 'sample-pack', false);
    await installPack(db, pack({ version: '1.1.0' }), { kind: 'file' });
    const [source] = await listSources(db);
    expect(source).toMatchObject({ enabled: false, header: { version: '1.1.0' } });
    expect(await db.count('aliases')).toBe(2);
  });

  it('changes nothing when an entity id belongs to another source', async () => {
    await installPack(db, pack(), { kind: 'file' });
    const before = await snapshot(db);
    const clash = await installPack(db, pack({ id: 'other-pack' }), { kind: 'file' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'entity-id-taken', path: 'entities[0].id' } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('sources', () => {
  it('removes a source with its entities and aliases', async () => {
    await installPack(db, pack(), { kind: 'file' });
    expect(await removeSource(db, 'sample-pack')).toEqual({ ok: true, value: 'sample-pack' });
    expect(await snapshot(db)).toEqual({ sources: [], entities: [], aliases: [] });
  });

  it('refuses to remove a bundled source', async () => {
    await installPack(db, pack(), { kind: 'bundled' });
    expect(await removeSource(db, 'sample-pack')).toMatchObject({
      ok: false,
      error: { code: 'bundled-source' },
    });
  });

  it('exports a pack that validates and equals the imported one', async () => {
    const original = pack();
    await installPack(db, original, { kind: 'file' });
    const exported = await exportSource(db, 'sample-pack');
    expect(exported.ok && PackSchema.parse(exported.value)).toEqual(original);
  });
});

describe('lookupCard', () => {
  it('returns the entity with the citations it uses, only from enabled sources', async () => {
    await installPack(db, pack(), { kind: 'file' });
    const card = await lookupCard(db, 'atlantis');
    expect(card).toMatchObject({
      ok: true,
      value: { entity: { id: 'atlantis' }, citations: [{ id: 'wiki-atlantis' }] },
    });
    await setSourceEnabled(db, 'sample-pack', false);
    expect(await lookupCard(db, 'atlantis')).toMatchObject({ ok: false, error: { code: 'no-such-entity' } });
  });
});

describe('ensureBundledPacks', () => {
  it('installs once per version and refuses an invalid bundled pack', async () => {
    expect(await ensureBundledPacks(db, [samplePack()])).toEqual({ ok: true, value: ['sample-pack'] });
    expect(await ensureBundledPacks(db, [samplePack()])).toEqual({ ok: true, value: [] });
    expect(await ensureBundledPacks(db, [samplePack({ version: '2.0.0' })])).toEqual({
      ok: true,
      value: ['sample-pack'],
    });
    expect(await ensureBundledPacks(db, [{ nope: true }])).toMatchObject({ ok: false });
  });
});
