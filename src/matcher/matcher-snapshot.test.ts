import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, buildMatcherParts } from './build-matcher.ts';
import { matcherFromSnapshot, SNAPSHOT_FORMAT, snapshotParts } from './matcher-snapshot.ts';
import { TrieMatcher } from './trie-matcher.ts';
import type { MatcherAlias } from './types.ts';

/** What IndexedDB does to a stored value: the structured clone (V8's serializer is the same algorithm). */
const throughStorage = <T>(value: T): T => deserialize(serialize(value)) as T;

const SEED_LIKE: MatcherAlias[] = [
  { text: 'Bashar al-Assad', entityId: 'bashar-al-assad', caseSensitive: false },
  { text: 'Assad', entityId: 'bashar-al-assad', caseSensitive: false },
  { text: 'Assad', entityId: 'hafez-al-assad', caseSensitive: false },
  { text: "Hay'at Tahrir al-Sham", entityId: 'hayat-tahrir-al-sham', caseSensitive: false },
  { text: 'HTS', entityId: 'hayat-tahrir-al-sham', caseSensitive: true, kind: 'acronym' },
  { text: 'SANA', entityId: 'sana', caseSensitive: true, kind: 'acronym' },
  { text: 'Hama', entityId: 'hama', caseSensitive: true },
  { text: 'AS', entityId: 'united-states', caseSensitive: true, lang: 'id' },
  { text: 'Amerika Serikat', entityId: 'united-states', caseSensitive: false, lang: 'id' },
  { text: 'Suriah', entityId: 'syria', caseSensitive: false },
  { text: 'Hayat Tahrir Sham', entityId: 'hayat-tahrir-al-sham', caseSensitive: false, kind: 'misspelling' },
];

const TEXTS = [
  "Milisi Hayi'at Tahrir Al Shams (HTS) memasuki istana Bashar Al Assad di Aleppo.",
  'Kantor berita SANA melaporkan pasukan merebut wilayah di sekitar Hama; di sana tidak ada hama.',
  'Amerika Serikat (AS) dan Suriah. As for Assad-nya, ASSAD SAID NOTHING.',
  'Hama wereng menyerang sawah, kata petani.',
];

describe('a matcher stored as a snapshot and restored', () => {
  it('finds exactly what the built matcher finds, on every kind of match (fuzzy, case, language, sentence start)', () => {
    const built = buildMatcher(SEED_LIKE);
    const restored = matcherFromSnapshot(throughStorage(snapshotParts(buildMatcherParts(SEED_LIKE))));
    expect(restored).toBeInstanceOf(TrieMatcher);
    for (const text of TEXTS) {
      for (const lang of ['id', 'en', undefined]) {
        expect(restored?.find(text, { lang }), `${lang}: ${text}`).toEqual(built.find(text, { lang }));
      }
    }
    expect(restored?.size).toBe(built.size);
    // The test sees the hard cases, not an empty agreement.
    expect(built.find(TEXTS[0] as string, { lang: 'id' }).length).toBeGreaterThan(2);
  });

  it('agrees with the built matcher on random alias sets and texts', () => {
    const word = fc.constantFrom('suriah', 'Rusia', 'al', 'Sham', 'AS', 'hama', 'Hama', 'tahrir', 'x');
    const alias = fc.record({
      text: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      entityId: fc.constantFrom('a', 'b', 'c'),
      caseSensitive: fc.boolean(),
      lang: fc.constantFrom(undefined, 'id', 'en'),
    });
    fc.assert(
      fc.property(fc.array(alias, { maxLength: 12 }), fc.array(word, { maxLength: 30 }), (aliases, words) => {
        const text = words.join(' ');
        const restored = matcherFromSnapshot(throughStorage(snapshotParts(buildMatcherParts(aliases))));
        expect(restored?.find(text, { lang: 'id' })).toEqual(
          buildMatcher(aliases).find(text, { lang: 'id' }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what it did not write: another format, missing parts, damaged parts', () => {
    const good = throughStorage(snapshotParts(buildMatcherParts(SEED_LIKE)));
    expect(matcherFromSnapshot(good)).toBeDefined();
    expect(matcherFromSnapshot({ ...good, format: SNAPSHOT_FORMAT + 1 })).toBeUndefined();
    expect(matcherFromSnapshot({ ...good, trie: undefined })).toBeUndefined();
    expect(matcherFromSnapshot({ ...good, dict: { ...good.dict, table: null } })).toBeUndefined();
    expect(matcherFromSnapshot(null)).toBeUndefined();
    expect(matcherFromSnapshot('snapshot')).toBeUndefined();
  });
});
