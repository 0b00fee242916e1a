import type { Entity } from '../kb/pack-schema';
import { type Day, factStatusOn } from '../kb/timeline';

/**
 * Picks which entity an ambiguous name means ("Assad": Bashar or Hafez?), the way a careful
 * reader would, in this order:
 *   1. the page already named one of them in full (or unambiguously) — the reader knows who;
 *   2. the date the text is about: a year written in the same paragraph, else the article's date —
 *      the candidate holding a dated role then (a 2024 article: Bashar; "in 1982": Hafez);
 *   3. the page's other entities: the candidate most related to them.
 * When none of these singles one out, the answer says so and the card offers the candidates.
 */

export type ResolvedBy = 'only-one' | 'page' | 'date' | 'related' | 'unsure';

export interface Resolution {
  entityId: string;
  /** The other candidates, best first. */
  others: string[];
  by: ResolvedBy;
}

export interface ResolutionContext {
  /** Entities the page names unambiguously (before or around this mention). */
  pageEntities: ReadonlySet<string>;
  /** The day the text is about, if known (a year in the paragraph, else the article's date). */
  day?: Day | undefined;
}

/** Candidates in matcher order (the first is the pack's own preference). */
export function resolveCandidates(
  candidates: readonly Pick<Entity, 'id' | 'facts' | 'related'>[],
  context: ResolutionContext,
): Resolution {
  const ids = candidates.map((c) => c.id);
  const pick = (id: string, by: ResolvedBy): Resolution => ({
    entityId: id,
    others: ids.filter((x) => x !== id),
    by,
  });
  if (ids.length === 0) throw new Error('resolveCandidates needs at least one candidate');
  if (ids.length === 1) return pick(ids[0] as string, 'only-one');

  const onPage = ids.filter((id) => context.pageEntities.has(id));
  if (onPage.length === 1) return pick(onPage[0] as string, 'page');

  if (context.day) {
    const day = context.day;
    const holding = candidates.filter((c) =>
      c.facts.some((f) => isRole(f) && factStatusOn(f, day) === 'held'),
    );
    if (holding.length === 1) return pick((holding[0] as { id: string }).id, 'date');
  }

  const scores = candidates.map((c) => c.related.filter((r) => context.pageEntities.has(r)).length);
  const best = Math.max(...scores);
  if (best > 0 && scores.filter((s) => s === best).length === 1) {
    return pick((candidates[scores.indexOf(best)] as { id: string }).id, 'related');
  }
  return pick(ids[0] as string, 'unsure');
}

/**
 * Facts that mark a moment rather than a span (born 1930 "holds" ever after): they say nothing
 * about who was acting on a given day, so they do not count as a role held then.
 */
const MOMENTS = new Set([
  'born',
  'died',
  'formed',
  'founded',
  'established',
  'dissolved',
  'renamed',
  'merged-into',
]);

function isRole(fact: Pick<Entity['facts'][number], 'property' | 'from' | 'to'>): boolean {
  return (fact.from !== undefined || fact.to !== undefined) && !MOMENTS.has(fact.property);
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/**
 * The year a paragraph is about near a mention: the written year closest to it, if any.
 * "Pada 1982, Assad ..." → "1982-07-01" (mid-year: a year alone says nothing finer).
 */
export function yearNear(text: string, position: number): Day | undefined {
  let best: { year: string; distance: number } | undefined;
  for (const match of text.matchAll(YEAR)) {
    const distance = Math.abs((match.index ?? 0) - position);
    if (!best || distance < best.distance) best = { year: match[1] as string, distance };
  }
  return best ? `${best.year}-07-01` : undefined;
}
