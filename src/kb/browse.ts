import { pickLocalized } from '../i18n/localized';
import type { BrowseItem } from '../messaging/protocol';
import type { KonteksDB } from './db';
import type { Entity } from './pack-schema';

/** Lower case without accents, so "aleppo" finds "Alepo" and "Ḥalab", "suriah" finds "Suriah". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function toBrowseItem(entity: Entity, lang: string): BrowseItem {
  return {
    id: entity.id,
    name: pickLocalized(entity.names, lang) || entity.id,
    type: entity.type,
    description: pickLocalized(entity.descriptions, lang),
  };
}

/** Whether any name, alias or the id of `entity` contains every word of the query. */
export function entityMatches(entity: Entity, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [entity.id, ...Object.values(entity.names), ...entity.aliases.map((a) => a.text)].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** One page of a source's entities whose names contain the query, sorted by name. */
export async function browseEntities(
  db: KonteksDB,
  sourceId: string,
  query: string,
  offset: number,
  limit: number,
  lang = 'en',
): Promise<{ total: number; items: BrowseItem[] }> {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const rows = await db.getAllFromIndex('entities', 'bySource', sourceId);
  const items = rows
    .filter((row) => entityMatches(row.entity, words))
    .map((row) => toBrowseItem(row.entity, lang))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return { total: items.length, items: items.slice(offset, offset + limit) };
}
