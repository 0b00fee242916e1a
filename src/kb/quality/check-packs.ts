import { checkAmbiguity, checkCommonWords } from './aliases.ts';
import { checkDates } from './dates.ts';
import { loadPacks, type PackFile } from './load-packs.ts';
import { checkNotes } from './notes.ts';
import { checkOutlets } from './outlets.ts';
import { checkReferences, checkUniqueIds } from './references.ts';
import { checkRequiredText } from './required-text.ts';
import { checkSources } from './sources.ts';
import type { LoadedPack, Problem, QualityOptions } from './types.ts';

/**
 * The knowledge-base quality gate (issue 3, point 4), over every bundled pack at once: ids,
 * references and alias collisions are checked across packs. Pure: files in, problems out.
 *
 * The generated world layer (seeds/konteks-world.json) gets the same rules as the curated pack;
 * none needs relaxing, because its generator already holds to them (it drops texts two
 * countries share unless they are genuinely shared, then marks them ambiguous; it guards every
 * single-word name by case). Two scopes matter most for it, and are the same for every pack:
 * - Common words are looked up in the Indonesian and English lists only. stopwords-iso's other
 *   lists would flag true names (its Malay list holds "Malaysia" and "Indonesia", its Bengali
 *   list the Bengali for Peru), and an alias scoped to another language is only spotted on
 *   pages in that language, where those readers expect it.
 * - Its facts (capital, region, codes, flag) carry no dates, so the date rules check only its
 *   citations' release dates.
 */
export function checkPacks(
  files: readonly PackFile[],
  options: QualityOptions,
): { packs: LoadedPack[]; problems: Problem[] } {
  const { packs, problems } = loadPacks(files);
  problems.push(
    ...checkUniqueIds(packs),
    ...checkRequiredText(packs),
    ...checkSources(packs),
    ...checkDates(packs, options.latest),
    ...checkReferences(packs),
    ...checkOutlets(packs),
    ...checkAmbiguity(packs),
    ...checkCommonWords(packs, options.commonWords),
    ...checkNotes(packs),
  );
  return { packs, problems };
}

/** The earlier of two YYYY-MM-DD dates: a pack may say nothing dated after either. */
export const earlierDate = (a: string, b: string): string => (a < b ? a : b);
