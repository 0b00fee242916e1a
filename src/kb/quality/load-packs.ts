import { formatPath, validatePack } from '../pack-parse.ts';
import { Pack } from '../pack-schema.ts';
import type { LoadedPack, Problem } from './types.ts';

/** A pack file's parsed JSON, before validation. */
export interface PackFile {
  file: string;
  value: unknown;
}

/** How many schema issues to list per pack: the first few say what is wrong; the rest repeat it. */
const MAX_SCHEMA_ISSUES = 20;

/** The id of the entity a path points into ("entities[3].aliases[0]"), if it has one. */
function entityIdAt(value: unknown, path: string): string | undefined {
  const index = /^entities\[(\d+)\]/.exec(path)?.[1];
  const entities = (value as { entities?: unknown })?.entities;
  if (index === undefined || !Array.isArray(entities)) return undefined;
  const id = (entities[Number(index)] as { id?: unknown })?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Validates each pack with `validatePack` (the loader's own rule). A pack that fails is reported
 * (every schema issue, up to a limit) and left out of the other checks, which assume its shape.
 */
export function loadPacks(files: readonly PackFile[]): { packs: LoadedPack[]; problems: Problem[] } {
  const packs: LoadedPack[] = [];
  const problems: Problem[] = [];
  for (const { file, value } of files) {
    const result = validatePack(value);
    if (result.ok) {
      packs.push({ file, pack: result.value });
      continue;
    }
    const rawId = (value as { id?: unknown })?.id;
    const pack = typeof rawId === 'string' ? rawId : file;
    const parsed = Pack.safeParse(value);
    if (parsed.success) {
      // The shape is right but a reference is not (a duplicate id, an unknown citation).
      const path = result.error.path ?? '(top level)';
      problems.push({ pack, entity: entityIdAt(value, path), path, message: result.error.message });
      continue;
    }
    for (const issue of parsed.error.issues.slice(0, MAX_SCHEMA_ISSUES)) {
      const path = formatPath(issue.path);
      problems.push({ pack, entity: entityIdAt(value, path), path, message: `schema: ${issue.message}` });
    }
    const more = parsed.error.issues.length - MAX_SCHEMA_ISSUES;
    if (more > 0) problems.push({ pack, path: '(top level)', message: `schema: ${more} more issues` });
  }
  return { packs, problems };
}
