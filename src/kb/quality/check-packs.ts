import { checkAmbiguity, checkCommonWords } from './aliases.ts';
import { checkDates } from './dates.ts';
import { loadPacks, type PackFile } from './load-packs.ts';
import { checkReferences, checkUniqueIds } from './references.ts';
import { checkRequiredText } from './required-text.ts';
import { checkSources } from './sources.ts';
import type { LoadedPack, Problem, QualityOptions } from './types.ts';

/**
 * The knowledge-base quality gate (issue 3, point 4), over every bundled pack at once: ids,
 * references and alias collisions are checked across packs. Pure: files in, problems out.
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
    ...checkAmbiguity(packs),
    ...checkCommonWords(packs, options.commonWords),
  );
  return { packs, problems };
}

/** The earlier of two YYYY-MM-DD dates: a pack may say nothing dated after either. */
export const earlierDate = (a: string, b: string): string => (a < b ? a : b);
