import { describe, expect, it } from 'vitest';
import { checkDates, compareDates, isRealDate } from './dates.ts';
import { checkReferences, checkUniqueIds } from './references.ts';
import { checkRequiredText } from './required-text.ts';
import { checkSources } from './sources.ts';
import { entity, entityAt, loaded, pack } from './testing.ts';

const LATEST = '2026-11-27';

describe('checkUniqueIds', () => {
  it('passes distinct ids and fails an entity id owned by two packs, or a pack id used twice', () => {
    expect(checkUniqueIds(loaded(pack('a', [entity('x')]), pack('b', [entity('y')])))).toEqual([]);
    expect(checkUniqueIds(loaded(pack('a', [entity('x')]), pack('b', [entity('x')])))).toEqual([
      { pack: 'b', entity: 'x', path: 'entities[0].id', message: 'entity id also belongs to pack "a"' },
    ]);
    const twice = checkUniqueIds(loaded(pack('a', [entity('x')]), pack('a', [entity('y')])));
    expect(twice).toEqual([expect.objectContaining({ pack: 'a', path: 'id' })]);
  });
});

describe('checkRequiredText', () => {
  it('fails an entity without an Indonesian name, description or summary, or with a blank one', () => {
    expect(checkRequiredText(loaded(pack('a', [entity('x')])))).toEqual([]);
    const broken = entity('x', { names: { en: 'X' }, summaries: { en: 'A place.' } });
    const packs = loaded(pack('a', [broken]));
    // The schema refuses blank text; a pack edited after parsing could still carry it.
    entityAt(packs).descriptions.en = ' ';
    expect(checkRequiredText(packs).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'entities[0].names.id: has no id name',
      'entities[0].descriptions.en: has no en description',
      'entities[0].summaries.id: has no id summary',
    ]);
  });
});

describe('checkSources', () => {
  it('fails an entity, fact or event without a source', () => {
    const packs = loaded(pack('a', [entity('x')]));
    expect(checkSources(packs)).toEqual([]);
    // The schema refuses an empty fact source list, so the rule is shown on an already-parsed pack.
    const e = entityAt(packs);
    e.sources = [];
    for (const item of [...e.facts, ...e.events]) item.sources = [];
    expect(checkSources(packs).map((p) => p.path)).toEqual([
      'entities[0].sources',
      'entities[0].facts[0].sources',
      'entities[0].events[0].sources',
    ]);
  });

  it('fails a source whose citation is missing or not an http(s) link', () => {
    const packs = loaded(pack('a', [entity('x')]));
    for (const citation of packs[0]?.pack.citations ?? []) citation.url = 'javascript:alert(1)';
    for (const event of entityAt(packs).events) event.sources = ['gone'];
    const messages = checkSources(packs).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      'entities[0].sources[0]: the description and summary cites "src", whose URL is not http(s)',
      'entities[0].facts[0].sources[0]: fact "founded" cites "src", whose URL is not http(s)',
      'entities[0].events[0].sources[0]: event of 2020-01-01 cites "gone", which is not a citation of this pack',
    ]);
  });
});

describe('checkDates', () => {
  it('compares partial dates at their common precision and knows the calendar', () => {
    expect(compareDates('2024', '2024-12-08')).toBe(0);
    expect(compareDates('2024-11', '2024-12-08')).toBeLessThan(0);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-04-31')).toBe(false);
  });

  it('fails impossible dates, ranges that run backwards and dates after the latest allowed', () => {
    const ok = loaded(pack('a', [entity('x')]));
    expect(checkDates(ok, LATEST)).toEqual([]);
    const broken = entity('x', {
      facts: [
        { property: 'a', label: { en: 'A' }, from: '2012', to: '2011-05', sources: ['src'] },
        { property: 'b', label: { en: 'B' }, from: '2023-02-29', sources: ['src'] },
      ],
      events: [
        { date: '2024-12-08', endDate: '2024-11', label: { en: 'E.' }, sources: ['src'] },
        { date: '2027-01', label: { en: 'F.' }, sources: ['src'] },
      ],
    });
    const messages = checkDates(
      loaded(
        pack('a', [broken], {
          citations: [{ id: 'src', title: 'T', url: 'https://e.org', publisher: 'E', accessed: '2030' }],
        }),
      ),
      LATEST,
    ).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      'citations[0].accessed: citation "src": 2030 is in the future (after 2026-11-27)',
      'entities[0].facts[0]: fact "a" ends (2011-05) before it starts (2012)',
      'entities[0].facts[1].from: 2023-02-29 is not a real date',
      'entities[0].events[0]: event ends (2024-11) before it starts (2024-12-08)',
      'entities[0].events[1].date: 2027-01 is in the future (after 2026-11-27)',
    ]);
  });
});

describe('checkReferences', () => {
  it('resolves related ids and fact objects in any pack', () => {
    const a = pack('a', [entity('x', { related: ['y'] })]);
    const b = pack('b', [entity('y')]);
    expect(checkReferences(loaded(a, b))).toEqual([]);
  });

  it('fails related ids, event related ids and fact objects that no pack describes, or the entity itself', () => {
    const broken = entity('x', {
      related: ['nobody', 'x'],
      facts: [{ property: 'capital', label: { en: 'Capital' }, object: 'atlantis', sources: ['src'] }],
      events: [{ date: '2020', label: { en: 'E.' }, related: ['ghost'], sources: ['src'] }],
    });
    expect(checkReferences(loaded(pack('a', [broken]))).map((p) => p.path)).toEqual([
      'entities[0].related[0]',
      'entities[0].related[1]',
      'entities[0].facts[0].object',
      'entities[0].events[0].related[0]',
    ]);
  });
});
