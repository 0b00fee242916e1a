import type { DatedEvent, Fact } from './pack-schema';

/**
 * "What held on day D, and what has happened since?" — answered from an entity's dated facts
 * and events. Pure functions over pack data, so the card, the options page and tests share them.
 *
 * Dates in packs may be partial ("2017", "2017-01", "2017-01-28"). A partial date is the whole
 * period it names, so a question can have three answers: yes, no, or "cannot tell from the data"
 * (did a role that began in "2024-08" hold on 10 August 2024?). We never round an unsure answer
 * into a confident one.
 *
 * A fact's `from` is the first day it held; its `to` is the day it ended (Assad's presidency ended
 * on 8 December 2024, so it held on the 7th and not on the 8th).
 */

/** A full calendar day, "YYYY-MM-DD". */
export type Day = string;

export type FactStatus = 'held' | 'not-yet' | 'ended' | 'unsure';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): value is Day {
  return DAY.test(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of the period a partial date names: "2017" → "2017-01-01". */
export function periodStart(date: string): Day {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day of the period a partial date names: "2024-02" → "2024-02-29". */
export function periodEnd(date: string): Day {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return date;
}

/** Whether a fact held on `day`: 'not-yet' before it began, 'ended' on or after its end. */
export function factStatusOn(fact: Pick<Fact, 'from' | 'to'>, day: Day): FactStatus {
  const began =
    fact.from === undefined || day >= periodEnd(fact.from)
      ? 'yes'
      : day < periodStart(fact.from)
        ? 'no'
        : 'unsure';
  if (began === 'no') return 'not-yet';
  const ended =
    fact.to === undefined
      ? 'no'
      : day >= periodEnd(fact.to)
        ? 'yes'
        : day < periodStart(fact.to)
          ? 'no'
          : 'unsure';
  if (ended === 'yes') return 'ended';
  return began === 'yes' && ended === 'no' ? 'held' : 'unsure';
}

/** True when an event certainly happened after `day` (an event dated "2024-12" is not after 2 December). */
export function isAfter(event: Pick<DatedEvent, 'date'>, day: Day): boolean {
  return periodStart(event.date) > day;
}

export interface FactOnDay<F> {
  fact: F;
  status: 'held' | 'unsure';
}

export interface Snapshot<F, E> {
  /** Facts that held on the day (or may have: 'unsure'), in pack order. */
  held: FactOnDay<F>[];
  /** Dated events after the day, oldest first. */
  since: E[];
}

/** What the knowledge says about an entity on `day`, and what happened after it. */
export function snapshotOn<F extends Pick<Fact, 'from' | 'to'>, E extends Pick<DatedEvent, 'date'>>(
  facts: readonly F[],
  events: readonly E[],
  day: Day,
): Snapshot<F, E> {
  const held: FactOnDay<F>[] = [];
  for (const fact of facts) {
    const status = factStatusOn(fact, day);
    if (status === 'held' || status === 'unsure') held.push({ fact, status });
  }
  const since = events
    .filter((event) => isAfter(event, day))
    .sort((a, b) =>
      periodStart(a.date) < periodStart(b.date) ? -1 : periodStart(a.date) > periodStart(b.date) ? 1 : 0,
    );
  return { held, since };
}

/** Facts that hold today (no end, or an end still ahead): what a card shows when a page has no date. */
export function currentFacts<F extends Pick<Fact, 'from' | 'to'>>(facts: readonly F[], today: Day): F[] {
  return facts.filter((fact) => {
    const status = factStatusOn(fact, today);
    return status === 'held' || status === 'unsure';
  });
}

/** The calendar day of `date` in the reader's own time zone. */
export function localDay(date: Date): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
