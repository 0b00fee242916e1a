import type { Pack } from '../pack-schema.ts';

/** One thing wrong with a pack, located precisely enough for its author to fix it. */
export interface Problem {
  /** Pack id (or file name when the pack did not parse). */
  pack: string;
  /** Entity id, when the problem is inside an entity. */
  entity?: string | undefined;
  /** Field path inside the pack, as formatPath writes it: "entities[3].aliases[0].text". */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** A pack that passed the schema, with where it came from. */
export interface LoadedPack {
  file: string;
  pack: Pack;
}

/** Common words per language code, folded with foldText (case-insensitive). */
export type CommonWords = Readonly<Record<string, ReadonlySet<string>>>;

export interface QualityOptions {
  /** Latest date anything in a pack may carry (YYYY-MM-DD): the curation date or today, if earlier. */
  latest: string;
  commonWords: CommonWords;
}

/** Renders a problem as one line: "konteks-seed › hama › entities[40].aliases[2]: ...". */
export function formatProblem(problem: Problem): string {
  const where = [problem.pack, problem.entity, problem.path].filter((part) => part !== undefined);
  return `${where.join(' › ')}: ${problem.message}`;
}
