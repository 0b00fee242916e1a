import type { PackInput } from '../pack-schema';

/** A small valid pack for tests; `overrides` replace top-level fields. */
export function samplePack(overrides: Partial<PackInput> = {}): PackInput {
  return {
    format: 'konteks-pack',
    formatVersion: 1,
    id: 'sample-pack',
    name: { en: 'Sample pack', id: 'Paket contoh' },
    version: '1.0.0',
    license: 'CC0-1.0',
    languages: ['en', 'id'],
    publisher: { name: 'Tests' },
    citations: [
      {
        id: 'wiki-atlantis',
        title: 'Atlantis',
        url: 'https://en.wikipedia.org/wiki/Atlantis',
        publisher: 'Wikipedia',
      },
    ],
    entities: [
      {
        id: 'atlantis',
        type: 'place',
        names: { en: 'Atlantis', id: 'Atlantis' },
        descriptions: { en: 'A legendary island.', id: 'Pulau legendaris.' },
        summaries: {
          en: 'Atlantis is an island from a story by Plato.',
          id: 'Atlantis adalah pulau dari kisah Plato.',
        },
        aliases: [{ text: 'ATL', caseSensitive: true, kind: 'acronym' }],
        facts: [
          {
            property: 'mentioned-by',
            label: { en: 'Described by Plato' },
            from: '0360',
            sources: ['wiki-atlantis'],
          },
        ],
        sources: ['wiki-atlantis'],
      },
    ],
    ...overrides,
  };
}
