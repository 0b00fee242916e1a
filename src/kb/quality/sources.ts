import type { Citation } from '../pack-schema.ts';
import { entitiesOf } from './entities.ts';
import type { LoadedPack, Problem } from './types.ts';

const isHttp = (url: string): boolean => {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * Every fact and event cites at least one source of its own pack, and each cited source links to
 * an http(s) page a reader can open. An entity's description and summary need a source too.
 */
export function checkSources(packs: readonly LoadedPack[]): Problem[] {
  const problems: Problem[] = [];
  const citationsOf = new Map(
    packs.map(({ pack }) => [pack, new Map(pack.citations.map((c): [string, Citation] => [c.id, c]))]),
  );
  for (const { pack, entity, problem } of entitiesOf(packs)) {
    const citations = citationsOf.get(pack) ?? new Map<string, Citation>();
    const check = (field: string, what: string, ids: readonly string[]) => {
      if (ids.length === 0) problems.push(problem(field, `${what} has no source`));
      for (const [k, id] of ids.entries()) {
        const citation = citations.get(id);
        if (citation === undefined)
          problems.push(
            problem(`${field}[${k}]`, `${what} cites "${id}", which is not a citation of this pack`),
          );
        else if (!isHttp(citation.url))
          problems.push(problem(`${field}[${k}]`, `${what} cites "${id}", whose URL is not http(s)`));
      }
    };
    check('sources', 'the description and summary', entity.sources);
    for (const [j, fact] of entity.facts.entries())
      check(`facts[${j}].sources`, `fact "${fact.property}"`, fact.sources);
    for (const [j, event] of entity.events.entries())
      check(`events[${j}].sources`, `event of ${event.date}`, event.sources);
  }
  return problems;
}
