import { entitiesOf } from './entities.ts';
import type { LoadedPack, Problem } from './types.ts';

/**
 * Outlet blocks (Entity.outlet) hold together: only media entities describe an outlet, a domain
 * belongs to one outlet across every pack (otherwise which card a site shows would depend on
 * source order), each claim cites citations of its own pack, and the owner and country entities
 * it points to exist.
 */
export function checkOutlets(packs: readonly LoadedPack[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set([...entitiesOf(packs)].map(({ entity }) => entity.id));
  const domainOwners = new Map<string, string>();
  for (const { pack, entity, problem } of entitiesOf(packs)) {
    const outlet = entity.outlet;
    if (!outlet) continue;
    if (entity.type !== 'media')
      problems.push(problem('outlet', `only media entities describe an outlet, not ${entity.type}`));
    const citations = new Set(pack.citations.map((c) => c.id));
    for (const [k, domain] of outlet.domains.entries()) {
      const owner = domainOwners.get(domain);
      if (owner !== undefined)
        problems.push(problem(`outlet.domains[${k}]`, `domain "${domain}" is also listed by "${owner}"`));
      else domainOwners.set(domain, entity.id);
    }
    const claims = [
      ['owner', outlet.owner],
      ['country', outlet.country],
      ['founded', outlet.founded],
    ] as const;
    for (const [field, claim] of claims) {
      if (!claim) continue;
      for (const [k, id] of claim.sources.entries())
        if (!citations.has(id))
          problems.push(
            problem(`outlet.${field}.sources[${k}]`, `cites "${id}", which is not a citation of this pack`),
          );
    }
    for (const [field, id] of [
      ['owner.entity', outlet.owner?.entity],
      ['country.entity', outlet.country?.entity],
    ] as const) {
      if (id === undefined) continue;
      if (id === entity.id) problems.push(problem(`outlet.${field}`, 'points to the entity itself'));
      else if (!known.has(id))
        problems.push(problem(`outlet.${field}`, `points to "${id}", which no pack describes`));
    }
  }
  return problems;
}
