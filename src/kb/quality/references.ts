import { entitiesOf } from './entities.ts';
import type { LoadedPack, Problem } from './types.ts';

/**
 * Ids are unique: no two packs share an id, and an entity id belongs to one pack only (installPack
 * refuses a second owner, so a clash would silently drop a whole pack).
 */
export function checkUniqueIds(packs: readonly LoadedPack[]): Problem[] {
  const problems: Problem[] = [];
  const packOwners = new Map<string, string>();
  for (const { file, pack } of packs) {
    const other = packOwners.get(pack.id);
    if (other !== undefined)
      problems.push({ pack: pack.id, path: 'id', message: `pack id is also used by ${other} (${file})` });
    packOwners.set(pack.id, file);
  }
  const owners = new Map<string, string>();
  for (const { pack, entity, problem } of entitiesOf(packs)) {
    const owner = owners.get(entity.id);
    if (owner === undefined) owners.set(entity.id, pack.id);
    else
      problems.push(
        problem(
          'id',
          owner === pack.id
            ? 'entity id is used twice in this pack'
            : `entity id also belongs to pack "${owner}"`,
        ),
      );
  }
  return problems;
}

/** Related ids, event related ids and fact objects name an entity of some bundled pack. */
export function checkReferences(packs: readonly LoadedPack[]): Problem[] {
  const known = new Set([...entitiesOf(packs)].map(({ entity }) => entity.id));
  const problems: Problem[] = [];
  for (const { entity, problem } of entitiesOf(packs)) {
    const check = (field: string, id: string) => {
      if (id === entity.id) problems.push(problem(field, 'points to the entity itself'));
      else if (!known.has(id)) problems.push(problem(field, `points to "${id}", which no pack describes`));
    };
    for (const [k, id] of entity.related.entries()) check(`related[${k}]`, id);
    for (const [j, fact] of entity.facts.entries())
      if (fact.object !== undefined) check(`facts[${j}].object`, fact.object);
    for (const [j, event] of entity.events.entries())
      for (const [k, id] of event.related.entries()) check(`events[${j}].related[${k}]`, id);
  }
  return problems;
}
