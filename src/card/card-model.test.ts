import { describe, expect, it } from 'vitest';
import { Pack } from '../kb/pack-schema';
import { samplePack } from '../kb/testing/sample-pack';
import type { CardData } from '../messaging/protocol';
import { pickText, safeHttpUrl, toCardView } from './card-model';
import { formatPartialDate } from './format-date';

function cardData(): CardData {
  const pack = Pack.parse(samplePack());
  return {
    entity: pack.entities[0] as CardData['entity'],
    source: { id: pack.id, name: pack.name },
    citations: pack.citations,
  };
}

describe('toCardView', () => {
  it('shows the page language when the entity has it, else English', () => {
    expect(toCardView(cardData(), 'id')).toMatchObject({
      lang: 'id',
      summary: 'Atlantis adalah pulau dari kisah Plato.',
      sourceName: 'Paket contoh',
    });
    expect(toCardView(cardData(), 'fr')).toMatchObject({ lang: 'en', description: 'A legendary island.' });
  });

  it('falls back to English per field and drops non-http links', () => {
    const data = cardData();
    data.citations = [...data.citations, { id: 'x', title: 'x', url: 'javascript:alert(1)', publisher: 'x' }];
    const view = toCardView(data, 'id');
    expect(view.facts).toEqual([{ label: 'Described by Plato', from: '0360', to: undefined }]);
    expect(view.citations.map((c) => c.url)).toEqual(['https://en.wikipedia.org/wiki/Atlantis']);
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
