import type { Pack } from '../../src/kb/pack-schema.ts';
import { foldKey } from './text.ts';

/** Curated entity types that describe a country or territory the world layer would also generate. */
const PLACE_TYPES = new Set(['country', 'region']);

/**
 * What the curated pack already says, so that curated entries win: an entity id belongs to one
 * source only (installPack refuses a second owner), and a country must not get two cards.
 */
export interface CuratedIndex {
  /** Every curated entity id → its type. */
  types: Map<string, string>;
  /** Folded names and aliases of curated countries and regions → their ids. */
  placeNames: Map<string, string>;
  /** Folded names and aliases of every curated entity: world aliases never repeat them. */
  allNames: Set<string>;
}

export function indexCurated(packs: readonly Pack[]): CuratedIndex {
  const index: CuratedIndex = { types: new Map(), placeNames: new Map(), allNames: new Set() };
  for (const entity of packs.flatMap((pack) => pack.entities)) {
    index.types.set(entity.id, entity.type);
    const keys = [...Object.values(entity.names), ...entity.aliases.map((a) => a.text)].map(foldKey);
    for (const key of keys) {
      index.allNames.add(key);
      if (PLACE_TYPES.has(entity.type) && !index.placeNames.has(key)) index.placeNames.set(key, entity.id);
    }
  }
  return index;
}

/**
 * The curated entity that describes this country, if any: one with the same id that is a
 * country or region, or a curated country or region with one of its English or Indonesian names
 * ("Turkey", "Turki", "Türkiye" all find the curated `turkey`).
 */
export function curatedOwner(
  index: CuratedIndex,
  id: string,
  englishAndIndonesianNames: readonly string[],
): string | undefined {
  if (PLACE_TYPES.has(index.types.get(id) ?? '')) return id;
  for (const name of englishAndIndonesianNames) {
    const owner = index.placeNames.get(foldKey(name));
    if (owner !== undefined) return owner;
  }
  return undefined;
}
