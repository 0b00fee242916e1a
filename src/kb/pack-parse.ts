import type { z } from 'zod';
import { fail, ok, type Result } from '../shared/result';
import { Pack } from './pack-schema';

/** Packs larger than this are refused before parsing, so a hostile file cannot exhaust memory. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** Renders a zod issue path the way a pack author reads it: entities[3].aliases[0].text */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(top level)';
}

function firstIssue(error: z.ZodError): { message: string; path: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'is not a valid pack', path: '(top level)' };
  return { message: issue.message, path: formatPath(issue.path) };
}

/** Checks what the schema cannot: unique ids and citations that exist. */
function checkReferences(pack: Pack): Result<Pack> {
  const citationIds = new Set<string>();
  for (const [i, citation] of pack.citations.entries()) {
    if (citationIds.has(citation.id)) {
      return fail('duplicate-id', `citation id "${citation.id}" is used twice`, `citations[${i}].id`);
    }
    citationIds.add(citation.id);
  }
  const entityIds = new Set<string>();
  for (const [i, entity] of pack.entities.entries()) {
    if (entityIds.has(entity.id)) {
      return fail('duplicate-id', `entity id "${entity.id}" is used twice`, `entities[${i}].id`);
    }
    entityIds.add(entity.id);
    const refs: [string, readonly string[]][] = [
      [`entities[${i}].sources`, entity.sources],
      ...entity.facts.map((f, j): [string, readonly string[]] => [
        `entities[${i}].facts[${j}].sources`,
        f.sources,
      ]),
      ...entity.events.map((e, j): [string, readonly string[]] => [
        `entities[${i}].events[${j}].sources`,
        e.sources,
      ]),
    ];
    for (const [path, ids] of refs) {
      const k = ids.findIndex((id) => !citationIds.has(id));
      if (k >= 0)
        return fail('unknown-citation', `no citation with id "${ids[k]}" in this pack`, `${path}[${k}]`);
    }
  }
  const noteIds = new Set<string>();
  for (const [i, note] of (pack.notes ?? []).entries()) {
    if (noteIds.has(note.id))
      return fail('duplicate-id', `note id "${note.id}" is used twice`, `notes[${i}].id`);
    noteIds.add(note.id);
    const k = note.sources.findIndex((id) => !citationIds.has(id));
    if (k >= 0)
      return fail(
        'unknown-citation',
        `no citation with id "${note.sources[k]}" in this pack`,
        `notes[${i}].sources[${k}]`,
      );
  }
  return ok(pack);
}

/** Validates an already-parsed value as a v1 pack. */
export function validatePack(value: unknown): Result<Pack> {
  const parsed = Pack.safeParse(value);
  if (!parsed.success) {
    const { message, path } = firstIssue(parsed.error);
    return fail('invalid-pack', `${path}: ${message}`, path);
  }
  return checkReferences(parsed.data);
}

/** Parses the text of a pack file; never throws. */
export function parsePackText(text: string): Result<Pack> {
  if (text.length > MAX_PACK_BYTES) {
    return fail('too-large', `the file is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('not-json', `the file is not valid JSON (${(error as Error).message})`);
  }
  return validatePack(value);
}
