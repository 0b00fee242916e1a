import type { Entity, Pack } from '../pack-schema.ts';
import type { LoadedPack, Problem } from './types.ts';

/** One entity with its place in a pack, and a helper that words a problem about it. */
export interface EntityAt {
  pack: Pack;
  entity: Entity;
  /** "entities[12]" */
  path: string;
  problem: (field: string, message: string) => Problem;
}

/** Every entity of every pack, in order. */
export function* entitiesOf(packs: readonly LoadedPack[]): Generator<EntityAt> {
  for (const { pack } of packs) {
    for (const [i, entity] of pack.entities.entries()) {
      const path = `entities[${i}]`;
      yield {
        pack,
        entity,
        path,
        problem: (field, message) => ({
          pack: pack.id,
          entity: entity.id,
          path: field === '' ? path : `${path}.${field}`,
          message,
        }),
      };
    }
  }
}
