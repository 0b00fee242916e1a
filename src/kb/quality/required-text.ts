import { entitiesOf } from './entities.ts';
import type { LoadedPack, Problem } from './types.ts';

/** Konteks is written for Indonesian readers with English as the fallback: both are required. */
export const REQUIRED_LANGUAGES = ['id', 'en'] as const;

const FIELDS = [
  ['names', 'name'],
  ['descriptions', 'description'],
  ['summaries', 'summary'],
] as const;

/** Every entity has a non-blank name, description and summary in Indonesian and in English. */
export function checkRequiredText(packs: readonly LoadedPack[]): Problem[] {
  const problems: Problem[] = [];
  for (const { entity, problem } of entitiesOf(packs)) {
    for (const [field, noun] of FIELDS) {
      for (const lang of REQUIRED_LANGUAGES) {
        if (!entity[field][lang]?.trim())
          problems.push(problem(`${field}.${lang}`, `has no ${lang} ${noun}`));
      }
    }
  }
  return problems;
}
