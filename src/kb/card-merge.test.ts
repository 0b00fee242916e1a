import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { CardData } from '../messaging/protocol';
import { lookupCard, lookupSourceCard } from './card-lookup';
import { type KonteksDB, openKnowledgeBase } from './db';
import { installPack } from './install-pack';
import { createMatcherCache } from './matcher-cache';
import { type Pack, type PackInput, Pack as PackSchema } from './pack-schema';
import { REVISION_KEY } from './revision';
import { listSources, moveSource, setSourceEnabled } from './sources-store';
import { samplePack } from './testing/sample-pack';

let db: KonteksDB;
let dbCount = 0;

beforeEach(async () => {
  db = await openKnowledgeBase(`merge-${++dbCount}`);
});

const cite = (id: string) => ({ id, title: id, url: `https://example.org/${id}`, publisher: 'Example' });

/** A second source describing Atlantis under its own id, with events the first lacks. */
function otherPack(entity: Partial<PackInput['entities'][number]> = {}): Pack {
  return PackSchema.parse(
    samplePack({
      id: 'other-pack',
      name: { en: 'Other pack' },
      citations: [cite('wiki-atlantis'), cite('other-event')],
      entities: [
        {
          id: 'atlantis-island',
          type: 'region',
          names: { en: 'Atlantis island' },
          descriptions: { en: 'An island in a dialogue.' },
          summaries: { en: 'The other pack’s summary of Atlantis.' },
          facts: [],
          events: [{ date: '1882', label: { en: 'Donnelly’s book' }, sources: ['other-event'] }],
          sources: ['wiki-atlantis'],
          ...entity,
        },
      ],
    }),
  );
}

function samplePackWith(entity: Partial<PackInput['entities'][number]>): Pack {
  const base = samplePack();
  const [first] = base.entities;
  return PackSchema.parse({ ...base, entities: [{ ...first, ...entity }] });
}

describe('lookupCard merges one thing described by two sources', () => {
  it('joins by Wikidata id; the higher source wins field by field and provenance says who said what', async () => {
    await installPack(db, samplePackWith({ wikidata: 'Q43296' }), { kind: 'file' });
    await installPack(db, otherPack({ wikidata: 'Q43296' }), { kind: 'file' });
    const result = await lookupCard(db, 'atlantis-island');
    if (!result.ok) throw new Error(result.error.message);
    const card = result.value;
    expect(CardData.parse(card)).toEqual(card);
    expect(card.source.id).toBe('sample-pack');
    // Asked for by the lower source's id, the merged entity keeps that id.
    expect(card.entity.id).toBe('atlantis-island');
    expect(card.entity.names.en).toBe('Atlantis');
    expect(card.entity.type).toBe('place');
    expect(card.entity.facts.map((f) => f.label.en)).toEqual(['Described by Plato']);
    // The higher source has no events, so they come from the lower one, with its citation renamed.
    expect(card.entity.events).toEqual([
      { date: '1882', label: { en: 'Donnelly’s book' }, related: [], sources: ['src1.other-event'] },
    ]);
    expect(card.provenance?.sources.map((s) => [s.id, s.entityId])).toEqual([
      ['sample-pack', 'atlantis'],
      ['other-pack', 'atlantis-island'],
    ]);
    expect(card.provenance?.fields).toMatchObject({
      names: 'sample-pack',
      summaries: 'sample-pack',
      facts: 'sample-pack',
      events: 'other-pack',
      wikidata: 'sample-pack',
    });
    expect(card.citations.map((c) => c.id)).toEqual(['wiki-atlantis', 'src1.other-event']);
    expect(card.provenance?.citations).toEqual({
      'wiki-atlantis': 'sample-pack',
      'src1.other-event': 'other-pack',
    });
  });

  it('moving a source up makes it win', async () => {
    await installPack(db, samplePackWith({ wikidata: 'Q43296' }), { kind: 'file' });
    await installPack(db, otherPack({ wikidata: 'Q43296' }), { kind: 'file' });
    const before = Number(await db.get('meta', REVISION_KEY));
    const moved = await moveSource(db, 'other-pack', 'up');
    expect(moved).toMatchObject({
      ok: true,
      value: [
        { id: 'other-pack', priority: 0 },
        { id: 'sample-pack', priority: 1 },
      ],
    });
    expect((await listSources(db)).map((s) => s.id)).toEqual(['other-pack', 'sample-pack']);
    expect(Number(await db.get('meta', REVISION_KEY))).toBe(before + 1);
    const card = await lookupCard(db, 'atlantis');
    if (!card.ok) throw new Error(card.error.message);
    expect(card.value.entity.names.en).toBe('Atlantis island');
    expect(card.value.entity.facts.map((f) => f.label.en)).toEqual(['Described by Plato']);
    expect(card.value.provenance?.fields).toMatchObject({ names: 'other-pack', facts: 'sample-pack' });
    expect(card.value.entity.facts[0]?.sources).toEqual(['src1.wiki-atlantis']);
  });

  it('moving past either end changes nothing; an unknown source is refused', async () => {
    await installPack(db, samplePackWith({}), { kind: 'file' });
    expect(await moveSource(db, 'sample-pack', 'up')).toMatchObject({ ok: true });
    expect(await moveSource(db, 'nope', 'down')).toMatchObject({
      ok: false,
      error: { code: 'no-such-source' },
    });
  });

  it('joins by a same-as link in either direction', async () => {
    await installPack(db, samplePackWith({}), { kind: 'file' });
    await installPack(db, otherPack({ sameAs: ['atlantis'] }), { kind: 'file' });
    for (const id of ['atlantis', 'atlantis-island']) {
      const card = await lookupCard(db, id);
      expect(card).toMatchObject({ ok: true, value: { provenance: { fields: { events: 'other-pack' } } } });
    }
  });

  it('leaves out a switched-off source, and unrelated entities are never merged', async () => {
    await installPack(db, samplePackWith({ wikidata: 'Q1' }), { kind: 'file' });
    await installPack(db, otherPack({ wikidata: 'Q2' }), { kind: 'file' });
    const apart = await lookupCard(db, 'atlantis');
    expect(apart.ok && apart.value.provenance?.sources.length).toBe(1);
    await installPack(db, otherPack({ wikidata: 'Q1' }), { kind: 'file' });
    await setSourceEnabled(db, 'sample-pack', false);
    const card = await lookupCard(db, 'atlantis');
    expect(card).toMatchObject({ ok: true, value: { source: { id: 'other-pack' } } });
    expect(card.ok && card.value.provenance?.sources.length).toBe(1);
  });

  it('lookupSourceCard shows one source’s own description, even when switched off', async () => {
    await installPack(db, samplePackWith({}), { kind: 'file' });
    await setSourceEnabled(db, 'sample-pack', false);
    expect(await lookupSourceCard(db, 'sample-pack', 'atlantis')).toMatchObject({
      ok: true,
      value: { entity: { id: 'atlantis' }, provenance: { sources: [{ id: 'sample-pack' }] } },
    });
    expect(await lookupSourceCard(db, 'sample-pack', 'nope')).toMatchObject({ ok: false });
  });

  it('the matcher spots a name both sources know as one entity, the higher source’s', async () => {
    await installPack(db, samplePackWith({ wikidata: 'Q43296' }), { kind: 'file' });
    await installPack(db, otherPack({ wikidata: 'Q43296', names: { en: 'Atlantis' } }), { kind: 'file' });
    await installPack(
      db,
      PackSchema.parse(
        samplePack({
          id: 'third',
          citations: [],
          entities: [
            {
              id: 'atlantis-3',
              type: 'place',
              names: { en: 'Atlantis' },
              descriptions: { en: 'x' },
              summaries: { en: 'x' },
              sameAs: ['atlantis-island'],
            },
          ],
        }),
      ),
      { kind: 'file' },
    );
    const matcher = createMatcherCache(db);
    const ids = async () => (await matcher()).matcher.find('Atlantis', {}).map((m) => m.entityIds);
    expect(await ids()).toEqual([['atlantis']]);
    await moveSource(db, 'other-pack', 'up');
    expect(await ids()).toEqual([['atlantis-island']]);
    // A bundled source's id is kept whatever the order: mentions carry the seeds' ids.
    await installPack(
      db,
      PackSchema.parse({
        ...samplePackWith({ wikidata: 'Q43296' }),
        id: 'bundled',
        entities: [{ ...samplePackWith({ wikidata: 'Q43296' }).entities[0], id: 'atlantis-bundled' }],
      }),
      { kind: 'bundled' },
    );
    for (let i = 0; i < 3; i++) await moveSource(db, 'bundled', 'down');
    expect((await listSources(db)).at(-1)?.id).toBe('bundled');
    expect(await ids()).toEqual([['atlantis-bundled']]);
    await setSourceEnabled(db, 'bundled', false);
    await setSourceEnabled(db, 'other-pack', false);
    // The same-as link led through the switched-off source: the other two are apart again.
    expect(await ids()).toEqual([['atlantis', 'atlantis-3']]);
    const card = await lookupCard(db, 'atlantis-3');
    expect(card.ok && card.value.provenance?.sources.map((x) => x.id)).toEqual(['third']);
  });
});
