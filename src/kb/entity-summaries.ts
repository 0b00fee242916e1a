import { pickLocalized } from '../i18n/localized';
import type { EntitySummary } from '../messaging/protocol';
import { lookupCard } from './card-lookup';
import type { KonteksDB } from './db';

/** Name, type and one-line description of each entity an enabled source knows, in `lang` where it can. */
export async function entitySummaries(
  db: KonteksDB,
  entityIds: readonly string[],
  lang: string | undefined,
): Promise<EntitySummary[]> {
  const summaries: EntitySummary[] = [];
  for (const id of new Set(entityIds)) {
    const card = await lookupCard(db, id);
    if (!card.ok) continue;
    const { entity } = card.value;
    summaries.push({
      id,
      type: entity.type,
      name: pickLocalized(entity.names, lang ?? 'en'),
      description: entity.descriptions ? pickLocalized(entity.descriptions, lang ?? 'en') : '',
    });
  }
  return summaries;
}
