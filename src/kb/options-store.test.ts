import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { buildBackup, parseBackup, resetKnowledge, restoreBackup } from './backup';
import { browseEntities } from './browse';
import { ensureBundledPacks } from './bundled-packs';
import { lookupCard } from './card-lookup';
import { type KonteksDB, openKnowledgeBase } from './db';
import { installPack } from './install-pack';
import { deleteNote, listNotes, NOTES_SOURCE_ID, saveNote } from './notes';
import { type Pack, type PackInput, Pack as PackSchema } from './pack-schema';
import { exportSource, listSources, setSourceEnabled } from './sources-store';
import { samplePack } from './testing/sample-pack';
import { previewUpdate } from './update-preview';

let db: KonteksDB;
let dbCount = 0;
const pack = (overrides: Partial<PackInput> = {}): Pack => PackSchema.parse(samplePack(overrides));

async function snapshot(database: KonteksDB) {
  return {
    sources: await database.getAll('sources'),
    entities: await database.getAll('entities'),
    aliases: await database.getAll('aliases'),
  };
}

beforeEach(async () => {
  db = await openKnowledgeBase(`options-${++dbCount}`);
});

const entity = (id: string, name: string, extra: Partial<PackInput['entities'][number]> = {}) => ({
  id,
  type: 'city' as const,
  names: { en: name },
  descriptions: { en: `${name}, a city.` },
  summaries: { en: `${name} is a city.` },
  ...extra,
});

describe('notes', () => {
  it('adds, edits and deletes notes in the notes source, spotted like any entity', async () => {
    const added = await saveNote(db, {
      name: 'Pak Budi Santoso',
      aliases: ['Pak Budi'],
      note: 'My neighbour, head of the village.\nMore text.',
      links: ['https://example.org/budi'],
    });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.id).toBe('note-pak-budi-santoso');
    const [source] = await listSources(db);
    expect(source).toMatchObject({ id: NOTES_SOURCE_ID, kind: 'notes', entityCount: 1 });
    const aliases = (await db.getAll('aliases')).map((a) => a.text).sort();
    expect(aliases).toEqual(['Pak Budi', 'Pak Budi Santoso']);
    const card = await lookupCard(db, 'note-pak-budi-santoso');
    expect(card).toMatchObject({
      ok: true,
      value: {
        entity: { descriptions: { en: 'My neighbour, head of the village.' } },
        citations: [{ url: 'https://example.org/budi', publisher: 'example.org' }],
      },
    });

    const second = await saveNote(db, { name: 'Pak Budi Santoso', note: 'Another one' });
    expect(second).toMatchObject({ ok: true, value: { id: 'note-pak-budi-santoso-2' } });

    const edited = await saveNote(db, { ...added.value, links: [], note: '' });
    expect(edited.ok).toBe(true);
    const notes = await listNotes(db);
    expect(notes.find((n) => n.id === added.value.id)).toMatchObject({
      note: '',
      links: [],
      aliases: ['Pak Budi'],
    });
    // The edited note's link was its own: the citation is gone from the source too.
    expect((await db.get('sources', NOTES_SOURCE_ID))?.header.citations).toEqual([]);

    expect(await deleteNote(db, added.value.id)).toEqual({ ok: true, value: added.value.id });
    expect((await listNotes(db)).map((n) => n.id)).toEqual(['note-pak-budi-santoso-2']);
    expect(await deleteNote(db, 'nope')).toMatchObject({ ok: false, error: { code: 'no-such-note' } });
  });

  it('refuses a note without a name or with a non-http link, and changes nothing', async () => {
    await saveNote(db, { name: 'Kept' });
    const before = await snapshot(db);
    expect(await saveNote(db, { name: '  ' })).toMatchObject({ ok: false, error: { path: 'name' } });
    expect(await saveNote(db, { name: 'X', links: ['javascript:alert(1)'] })).toMatchObject({
      ok: false,
      error: { path: 'links.0' },
    });
    expect(await saveNote(db, { id: 'note-missing', name: 'Y' })).toMatchObject({
      ok: false,
      error: { code: 'no-such-note' },
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('browseEntities', () => {
  it('finds entities by any name or alias, accent-blind, sorted, paged', async () => {
    await installPack(
      db,
      pack({
        entities: [
          entity('aleppo', 'Aleppo', { aliases: [{ text: 'Ḥalab', caseSensitive: false }] }),
          entity('hama', 'Hama'),
          entity('homs', 'Homs'),
        ],
      }),
      { kind: 'file' },
    );
    expect(await browseEntities(db, 'sample-pack', 'halab', 0, 10)).toMatchObject({
      total: 1,
      items: [{ id: 'aleppo', name: 'Aleppo', type: 'city', description: 'Aleppo, a city.' }],
    });
    const all = await browseEntities(db, 'sample-pack', '', 1, 1);
    expect(all).toMatchObject({ total: 3, items: [{ id: 'hama' }] });
    expect((await browseEntities(db, 'sample-pack', 'zzz', 0, 10)).total).toBe(0);
  });
});

describe('previewUpdate', () => {
  it('lists added, changed and removed entities; a changed citation changes its entities', () => {
    const v1 = pack({
      entities: [entity('a', 'A', { sources: ['wiki-atlantis'] }), entity('b', 'B'), entity('c', 'C')],
    });
    const v2 = pack({
      version: '1.1.0',
      citations: [{ id: 'wiki-atlantis', title: 'Renamed', url: 'https://example.org/a', publisher: 'X' }],
      entities: [
        entity('a', 'A', { sources: ['wiki-atlantis'] }),
        entity('c', 'C', { summaries: { en: 'New.' } }),
        entity('d', 'D'),
      ],
    });
    const preview = previewUpdate(v1, v2);
    expect(preview).toMatchObject({ fromVersion: '1.0.0', toVersion: '1.1.0' });
    expect(preview.added.map((e) => e.id)).toEqual(['d']);
    expect(preview.changed.map((e) => e.id)).toEqual(['a', 'c']);
    expect(preview.removed.map((e) => e.id)).toEqual(['b']);
    expect(previewUpdate(v1, v1)).toMatchObject({ added: [], changed: [], removed: [] });
  });
});

describe('an update that fails half-way', () => {
  it('leaves the old pack exactly as it was', async () => {
    await installPack(db, pack({ entities: [entity('a', 'A'), entity('b', 'B')] }), {
      kind: 'url',
      url: 'https://x.test/p.json',
    });
    const before = await snapshot(db);
    // The second entity cannot be stored (a function cannot be cloned into IndexedDB): the write
    // fails after the old rows were deleted and the first new entity was written.
    const poisoned = pack({ version: '2.0.0', entities: [entity('a', 'A2'), entity('b', 'B2')] });
    (poisoned.entities[1] as unknown as { poison: unknown }).poison = () => 1;
    const result = await installPack(db, poisoned, { kind: 'url' });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('bundled sources', () => {
  it('are first installed in their shipped order, above added sources, and reset puts them back', async () => {
    await installPack(db, pack({ id: 'added' }), { kind: 'file' });
    const first = samplePack({ id: 'first-bundled', entities: [] });
    const second = samplePack({ id: 'second-bundled', entities: [] });
    expect(await ensureBundledPacks(db, [first, second])).toEqual({
      ok: true,
      value: ['first-bundled', 'second-bundled'],
    });
    expect((await listSources(db)).map((s) => s.id)).toEqual(['first-bundled', 'second-bundled', 'added']);
    await setSourceEnabled(db, 'second-bundled', false);
    expect(await resetKnowledge(db, ['first-bundled', 'second-bundled'])).toEqual({ ok: true, value: 1 });
    expect((await listSources(db)).map((s) => [s.id, s.enabled])).toEqual([
      ['first-bundled', true],
      ['second-bundled', true],
    ]);
  });
});

describe('a subscribed source’s address', () => {
  it('is kept across updates and dropped when a file replaces the source', async () => {
    await installPack(db, pack(), { kind: 'url', url: 'https://x.test/p.json' });
    await installPack(db, pack({ version: '1.1.0' }), { kind: 'url' });
    expect(await db.get('sources', 'sample-pack')).toMatchObject({
      kind: 'url',
      url: 'https://x.test/p.json',
    });
    await installPack(db, pack({ version: '1.2.0' }), { kind: 'file' });
    const record = await db.get('sources', 'sample-pack');
    expect(record?.kind).toBe('file');
    expect(record?.url).toBeUndefined();
  });
});

describe('backup and restore', () => {
  async function setUp() {
    await installPack(db, pack({ id: 'bundled-one', entities: [entity('x', 'X')] }), { kind: 'bundled' });
    await installPack(db, pack(), { kind: 'url', url: 'https://packs.example/sample.json' });
    await saveNote(db, { name: 'My note', links: ['https://example.org/'] });
    await setSourceEnabled(db, 'bundled-one', false);
  }

  it('round-trips the added sources, notes and bundled choices', async () => {
    await setUp();
    const settings = {
      ...DEFAULT_SETTINGS,
      mentionPolicy: 'every' as const,
      sites: { 'inews.id': 'on' as const },
    };
    const file = JSON.stringify(await buildBackup(db, settings, new Date(0)));
    const before = await snapshot(db);
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.settings).toEqual(settings);
    expect(parsed.value.sources.map((s) => [s.kind, s.pack.id])).toEqual([
      ['url', 'sample-pack'],
      ['notes', NOTES_SOURCE_ID],
    ]);

    expect(await resetKnowledge(db, ['bundled-one'])).toEqual({ ok: true, value: 2 });
    expect((await listSources(db)).map((s) => [s.id, s.enabled])).toEqual([['bundled-one', true]]);

    expect(await restoreBackup(db, parsed.value, 99)).toEqual({ ok: true, value: { sources: 2, notes: 1 } });
    const after = await snapshot(db);
    const strip = (s: typeof before) => ({
      ...s,
      sources: s.sources.map(({ importedAt, updatedAt, ...rest }) => rest),
      aliases: s.aliases.map((a) => ({ ...a })).sort((a, b) => a.text.localeCompare(b.text)),
    });
    expect(strip(after)).toEqual(strip(before));
    expect((await db.get('sources', 'sample-pack'))?.url).toBe('https://packs.example/sample.json');
  });

  it('refuses a broken backup with the field path, before anything changes', async () => {
    await setUp();
    const backup = await buildBackup(db, DEFAULT_SETTINGS);
    const before = await snapshot(db);
    const broken = structuredClone(backup) as { sources: { pack: { entities: { aliases: unknown[] }[] } }[] };
    (broken.sources[0]?.pack.entities[0] as { aliases: unknown[] }).aliases = [{ text: 5 }];
    expect(parseBackup(JSON.stringify(broken))).toMatchObject({
      ok: false,
      error: { path: 'sources[0].pack.entities[0].aliases[0].text' },
    });
    expect(
      parseBackup(JSON.stringify({ ...backup, settings: { ...backup.settings, runMode: 'x' } })),
    ).toMatchObject({
      ok: false,
      error: { path: 'settings.runMode' },
    });
    expect(parseBackup('{')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a restore that fails half-way (an entity id a bundled source owns) changes nothing', async () => {
    await setUp();
    const backup = await buildBackup(db, DEFAULT_SETTINGS);
    const before = await snapshot(db);
    const clash = structuredClone(backup);
    const second = clash.sources[1]?.pack as { entities: { id: string }[] };
    (second.entities[0] as { id: string }).id = 'x';
    const parsed = parseBackup(JSON.stringify(clash));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const result = await restoreBackup(db, parsed.value);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'entity-id-taken', path: 'sources[1].pack.entities[0].id' },
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await exportSource(db, 'sample-pack')).toMatchObject({ ok: true });
  });
});
