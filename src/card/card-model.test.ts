import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../kb/pack-parse';
import { Pack } from '../kb/pack-schema';
import { samplePack } from '../kb/testing/sample-pack';
import type { CardData } from '../messaging/protocol';
import { pickText, safeHttpUrl, toCardView } from './card-model';
import { formatPartialDate } from './format-date';

const TODAY = { today: '2026-11-27' };

function sampleCard(): CardData {
  const pack = Pack.parse(samplePack());
  return {
    entity: pack.entities[0] as CardData['entity'],
    source: { id: pack.id, name: pack.name },
    citations: pack.citations,
  };
}

/** A card as the background would answer it, for an entity of the bundled seed pack. */
function seedCard(entityId: string): CardData {
  const parsed = parsePackText(
    readFileSync(new URL('../../seeds/konteks-seed.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  const entity = parsed.value.entities.find((e) => e.id === entityId);
  if (!entity) throw new Error(`no ${entityId}`);
  const cited = new Set([
    ...entity.sources,
    ...entity.facts.flatMap((f) => f.sources),
    ...entity.events.flatMap((e) => e.sources),
  ]);
  return {
    entity,
    source: { id: parsed.value.id, name: parsed.value.name },
    citations: parsed.value.citations.filter((c) => cited.has(c.id)),
  };
}

describe('toCardView', () => {
  it('shows the page language when the entity has it, else English', () => {
    expect(toCardView(sampleCard(), 'id', TODAY)).toMatchObject({
      lang: 'id',
      summary: 'Atlantis adalah pulau dari kisah Plato.',
      sourceName: 'Paket contoh',
    });
    expect(toCardView(sampleCard(), 'fr', TODAY)).toMatchObject({
      lang: 'en',
      description: 'A legendary island.',
    });
  });

  it('numbers sources, points facts at them, and drops non-http links', () => {
    const data = sampleCard();
    data.citations = [{ id: 'x', title: 'x', url: 'javascript:alert(1)', publisher: 'x' }, ...data.citations];
    const view = toCardView(data, 'id', TODAY);
    expect(view.citations).toEqual([
      {
        n: 1,
        title: 'Atlantis',
        url: 'https://en.wikipedia.org/wiki/Atlantis',
        publisher: 'Wikipedia',
        host: 'en.wikipedia.org',
      },
    ]);
    expect(view.timeline).toMatchObject({
      kind: 'undated',
      now: [{ label: 'Described by Plato', from: '0360', refs: [1] }],
    });
  });
});

describe('a card several sources describe', () => {
  it('says which source gave which part, and nothing when one source said everything', () => {
    const data = sampleCard();
    expect(toCardView(data, 'en', TODAY).combined).toEqual([]);
    data.provenance = {
      sources: [
        { id: 'mine', name: { en: 'My notes' }, entityId: 'atlantis' },
        { id: 'sample-pack', name: { en: 'Sample pack' }, entityId: 'atlantis' },
      ],
      fields: { names: 'mine', summaries: 'mine', facts: 'sample-pack' },
      citations: {},
    };
    expect(toCardView(data, 'en', TODAY).combined).toEqual([
      { source: 'My notes', fields: ['names', 'summaries'] },
      { source: 'Sample pack', fields: ['facts'] },
    ]);
  });
});

describe('the time-aware card on the seed article (2 December 2024)', () => {
  const assad = toCardView(seedCard('bashar-al-assad'), 'id', {
    articleDate: '2024-12-02',
    today: '2026-11-27',
  });

  it('says Assad was President of Syria then, in office since 2000', () => {
    expect(assad.timeline.kind).toBe('dated');
    if (assad.timeline.kind !== 'dated') return;
    const president = assad.timeline.onThatDay.find((f) => f.label === 'Presiden Suriah');
    expect(president).toMatchObject({ from: '2000-07-17', to: '2024-12-08', unsureAt: undefined });
    expect(president?.refs.length).toBeGreaterThan(0);
  });

  it('lists his fall on 8 December 2024 under "since then", and nothing from before the article', () => {
    if (assad.timeline.kind !== 'dated') throw new Error('expected a dated card');
    expect(assad.timeline.since[0]?.date).toBe('2024-12-08');
    expect(assad.timeline.since.every((e) => e.date > '2024-12-02')).toBe(true);
  });

  it('without a page date shows what holds today: no longer president', () => {
    const undated = toCardView(seedCard('bashar-al-assad'), 'id', TODAY);
    expect(undated.timeline.kind).toBe('undated');
    if (undated.timeline.kind !== 'undated') return;
    expect(undated.timeline.now.map((f) => f.label)).not.toContain('Presiden Suriah');
    expect(undated.timeline.events[0]?.date).toBe('2024-12-08');
  });
});

describe('helpers', () => {
  it('pickText and safeHttpUrl', () => {
    expect(pickText({ en: 'a', id: 'b' }, 'id')).toBe('b');
    expect(pickText({ de: 'c' }, 'id')).toBe('c');
    expect(safeHttpUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it('formats dates at the precision given', () => {
    expect(formatPartialDate('2024-12-08', 'en')).toBe('December 8, 2024');
    expect(formatPartialDate('2024-12-08', 'id')).toBe('8 Desember 2024');
    expect(formatPartialDate('2011-03', 'id')).toBe('Maret 2011');
    expect(formatPartialDate('2016', 'en')).toBe('2016');
  });
});
