import type { PackInput } from '../pack-schema.ts';
import { loadPacks, type PackFile } from './load-packs.ts';
import type { LoadedPack } from './types.ts';

type EntityInput = PackInput['entities'][number];

/** A valid entity with id/en text and one sourced fact; `patch` overrides any field. */
export function entity(id: string, patch: Partial<EntityInput> = {}): EntityInput {
  return {
    id,
    type: 'city',
    names: { en: `${id} en`, id: `${id} id` },
    descriptions: { en: 'A test place', id: 'Tempat uji' },
    summaries: { en: 'A test place.', id: 'Tempat uji.' },
    facts: [{ property: 'founded', label: { en: 'Founded' }, from: '2001', to: '2002', sources: ['src'] }],
    events: [{ date: '2020-01-01', label: { en: 'Something happened.' }, sources: ['src'] }],
    sources: ['src'],
    ...patch,
  };
}

/** A valid pack holding `entities`, with one https citation "src". */
export function pack(id: string, entities: EntityInput[], patch: Partial<PackInput> = {}): PackInput {
  return {
    format: 'konteks-pack',
    formatVersion: 1,
    id,
    name: { en: 'Test pack' },
    version: '1.0.0',
    license: 'CC0-1.0',
    languages: ['id', 'en'],
    publisher: { name: 'Test' },
    citations: [
      {
        id: 'src',
        title: 'A source',
        url: 'https://example.org/a',
        publisher: 'Example',
        published: '2024-01',
      },
    ],
    entities,
    ...patch,
  };
}

/** Validates test packs the way the gate does; throws if one is invalid (a broken fixture). */
export function loaded(...packs: PackInput[]): LoadedPack[] {
  const files: PackFile[] = packs.map((value) => ({ file: `${value.id}.json`, value }));
  const result = loadPacks(files);
  if (result.problems.length > 0) throw new Error(JSON.stringify(result.problems));
  return result.packs;
}

/** The first pack's entity at `index`, for tests that break a pack after it passed the schema. */
export function entityAt(packs: readonly LoadedPack[], index = 0) {
  const found = packs[0]?.pack.entities[index];
  if (found === undefined) throw new Error(`no entity ${index}`);
  return found;
}
