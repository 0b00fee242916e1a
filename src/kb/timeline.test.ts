import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackText } from './pack-parse';
import { factStatusOn, isAfter, periodEnd, periodStart, snapshotOn } from './timeline';

const parsed = parsePackText(readFileSync(new URL('../../seeds/konteks-seed.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const entity = (id: string) => {
  const found = parsed.value.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id} in the seed pack`);
  return found;
};

describe('partial dates', () => {
  it('name whole periods, leap years included', () => {
    expect(periodStart('2017')).toBe('2017-01-01');
    expect(periodEnd('2017')).toBe('2017-12-31');
    expect(periodStart('2024-02')).toBe('2024-02-01');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect(periodEnd('2024-12-08')).toBe('2024-12-08');
  });
});

describe('factStatusOn', () => {
  const presidency = { from: '2000-07-17', to: '2024-12-08' };

  it('holds from its first day up to the day it ended', () => {
    expect(factStatusOn(presidency, '2000-07-16')).toBe('not-yet');
    expect(factStatusOn(presidency, '2000-07-17')).toBe('held');
    expect(factStatusOn(presidency, '2024-12-02')).toBe('held');
    expect(factStatusOn(presidency, '2024-12-07')).toBe('held');
    expect(factStatusOn(presidency, '2024-12-08')).toBe('ended');
    expect(factStatusOn(presidency, '2026-01-01')).toBe('ended');
  });

  it('says "unsure" inside a partial date rather than guessing', () => {
    const since = { from: '2024-08' };
    expect(factStatusOn(since, '2024-07-31')).toBe('not-yet');
    expect(factStatusOn(since, '2024-08-10')).toBe('unsure');
    expect(factStatusOn(since, '2024-08-31')).toBe('held');
    const until = { from: '2010', to: '2018' };
    expect(factStatusOn(until, '2017-12-31')).toBe('held');
    expect(factStatusOn(until, '2018-06-01')).toBe('unsure');
    expect(factStatusOn(until, '2018-12-31')).toBe('ended');
  });

  it('treats undated facts as always true', () => {
    expect(factStatusOn({}, '1900-01-01')).toBe('held');
  });
});

describe('the seed pack, asked about dates', () => {
  it('Assad was President of Syria on the day of the seed article, and not a week later', () => {
    const assad = entity('bashar-al-assad');
    const president = assad.facts.find((f) => f.label.en === 'President of Syria');
    expect(president).toBeDefined();
    const onArticleDay = snapshotOn(assad.facts, assad.events, '2024-12-02');
    expect(onArticleDay.held.map((f) => f.fact)).toContain(president);
    expect(onArticleDay.since.map((e) => e.date)).toContain('2024-12-08');
    expect(onArticleDay.since.every((e) => isAfter(e, '2024-12-02'))).toBe(true);
    const weekLater = snapshotOn(assad.facts, assad.events, '2024-12-09');
    expect(weekLater.held.map((f) => f.fact)).not.toContain(president);
  });

  it('Hay’at Tahrir al-Sham existed under that name from January 2017', () => {
    const hts = entity('hayat-tahrir-al-sham');
    const formed = hts.facts.find((f) => f.property === 'formed');
    expect(formed?.from?.startsWith('2017-01')).toBe(true);
    expect(factStatusOn(formed as { from?: string }, '2016-12-31')).toBe('not-yet');
    expect(factStatusOn(formed as { from?: string }, '2017-02-01')).toBe('held');
  });

  it('lists what happened since in date order', () => {
    const hts = entity('hayat-tahrir-al-sham');
    const { since } = snapshotOn(hts.facts, hts.events, '2024-11-01');
    const dates = since.map((e) => periodStart(e.date));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2024-11-27');
  });
});
