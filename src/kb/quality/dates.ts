import { entitiesOf } from './entities.ts';
import type { LoadedPack, Problem } from './types.ts';

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a partial date ("2024", "2024-02", "2024-02-29") names a real year, month or day. */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * Compares partial dates at the precision both have: "2024" and "2024-12-08" are equal (the year
 * may contain the day), "2024-11" is before "2024-12-08".
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Dates are real calendar dates, ranges run forwards (a fact's `from` ≤ `to`, an event's `date`
 * ≤ `endDate`), and nothing is dated after `latest`: the pack cannot know the future.
 */
export function checkDates(packs: readonly LoadedPack[], latest: string): Problem[] {
  const problems: Problem[] = [];
  const check = (problem: (field: string, message: string) => Problem, field: string, date?: string) => {
    if (date === undefined) return true;
    if (!isRealDate(date)) problems.push(problem(field, `${date} is not a real date`));
    else if (compareDates(date, latest) > 0)
      problems.push(problem(field, `${date} is in the future (after ${latest})`));
    else return true;
    return false;
  };
  for (const { pack } of packs) {
    for (const [i, citation] of pack.citations.entries()) {
      const problem = (field: string, message: string): Problem => ({
        pack: pack.id,
        path: `citations[${i}].${field}`,
        message: `citation "${citation.id}": ${message}`,
      });
      check(problem, 'published', citation.published);
      check(problem, 'accessed', citation.accessed);
    }
  }
  for (const { entity, problem } of entitiesOf(packs)) {
    for (const [j, fact] of entity.facts.entries()) {
      const ok = check(problem, `facts[${j}].from`, fact.from) && check(problem, `facts[${j}].to`, fact.to);
      if (ok && fact.from !== undefined && fact.to !== undefined && compareDates(fact.from, fact.to) > 0)
        problems.push(
          problem(`facts[${j}]`, `fact "${fact.property}" ends (${fact.to}) before it starts (${fact.from})`),
        );
    }
    for (const [j, event] of entity.events.entries()) {
      const ok =
        check(problem, `events[${j}].date`, event.date) &&
        check(problem, `events[${j}].endDate`, event.endDate);
      if (ok && event.endDate !== undefined && compareDates(event.date, event.endDate) > 0)
        problems.push(
          problem(`events[${j}]`, `event ends (${event.endDate}) before it starts (${event.date})`),
        );
    }
  }
  return problems;
}
