import type { EntityType } from '../kb/pack-schema';
import type { EntitySummary } from '../messaging/protocol';

export interface PageEntity extends EntitySummary {
  count: number;
}

export interface EntityGroup {
  type: EntityType;
  entities: PageEntity[];
}

/** The order a reader scans a news story in: who, which groups, where, what happened. */
const TYPE_ORDER: readonly EntityType[] = [
  'person',
  'armed-group',
  'organisation',
  'political-party',
  'government-body',
  'military-unit',
  'international-body',
  'country',
  'city',
  'region',
  'place',
  'military-base',
  'event',
  'process',
  'media',
  'platform',
  'other',
];

/** Groups a page's entities by type (in TYPE_ORDER), most-mentioned first, then by name. */
export function groupEntities(
  found: readonly { entityId: string; count: number }[],
  summaries: readonly EntitySummary[],
  locale: string,
): EntityGroup[] {
  const counts = new Map(found.map((f) => [f.entityId, f.count]));
  const byType = new Map<EntityType, PageEntity[]>();
  for (const summary of summaries) {
    const count = counts.get(summary.id);
    if (count === undefined) continue;
    const list = byType.get(summary.type) ?? [];
    list.push({ ...summary, count });
    byType.set(summary.type, list);
  }
  const collator = new Intl.Collator(locale);
  return TYPE_ORDER.flatMap((type) => {
    const entities = byType.get(type);
    if (!entities) return [];
    entities.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
    return [{ type, entities }];
  });
}
