import { primaryLanguage } from '../../matcher/alias-entries.ts';
import type { AliasRecord } from '../db.ts';
import { aliasRecordsOf } from '../install-pack.ts';
import type { Entity } from '../pack-schema.ts';
import { entitiesOf } from './entities.ts';
import { foldText } from './fold-text.ts';
import type { LoadedPack, Problem } from './types.ts';

/** One alias exactly as the matcher receives it (names included), with where the pack wrote it. */
export interface AliasSite {
  record: AliasRecord;
  /** "names.en" or "aliases[3]" */
  field: string;
  /** Primary language it applies to, '' for every page. */
  lang: string;
  /** Case-insensitive and case-sensitive folds (see foldText). */
  ci: string;
  cs: string;
  problem: (message: string) => Problem;
}

function fieldOf(entity: Entity, record: AliasRecord): string {
  const i = entity.aliases.findIndex(
    (a) => a.text === record.text && a.lang === record.lang && a.caseSensitive === record.caseSensitive,
  );
  if (i >= 0) return `aliases[${i}]`;
  const lang = Object.keys(entity.names).find((key) => entity.names[key] === record.text);
  return `names.${lang ?? '?'}`;
}

/**
 * Every alias record `installPack` would store (aliasRecordsOf: names count as case-insensitive
 * aliases unless a case-sensitive alias of the same text stands in for them), so that the
 * checks see what the matcher will see. Records that fold to no word are left out: the matcher
 * ignores them.
 */
export function aliasSitesOf(packs: readonly LoadedPack[]): AliasSite[] {
  const sites: AliasSite[] = [];
  for (const { pack, entity, problem } of entitiesOf(packs)) {
    for (const record of aliasRecordsOf({ ...pack, entities: [entity] })) {
      const ci = foldText(record.text);
      if (ci === '') continue;
      const field = fieldOf(entity, record);
      sites.push({
        record,
        field,
        lang: primaryLanguage(record.lang),
        ci,
        cs: foldText(record.text, true),
        problem: (message) => problem(field, message),
      });
    }
  }
  return sites;
}
