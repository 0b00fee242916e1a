// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FoundMark, MarkCard } from '../claims/mark-card';
import type { FoundMention } from '../messaging/protocol';
import { createAnnotator } from './annotate-page';

beforeEach(() => {
  document.body.replaceChildren();
});

const note = (id: string): MarkCard => ({
  kind: 'note',
  id,
  phrase: '',
  text: 'A note.',
  sources: [],
  source: { id: 'seed', name: { en: 'Seed' } },
});

/** Marks every occurrence of each name and of each marked phrase, as the background would. */
function annotatorFor(names: Record<string, string>, phrases: Record<string, string>) {
  const all = (text: string, needle: string) => [...text.matchAll(new RegExp(needle, 'g'))];
  return createAnnotator({
    root: document.body,
    lang: 'id',
    policy: 'every',
    onMention: () => {},
    makeMark: (card) => {
      const element = document.createElement('konteks-mark');
      element.setAttribute('data-id', card.id);
      return element;
    },
    findMentions: async (segments) => ({
      ok: true,
      value: {
        mentions: segments.flatMap((text, segment) =>
          Object.entries(names)
            .flatMap(([name, entityId]): FoundMention[] =>
              all(text, name).map((m) => ({
                segment,
                start: m.index,
                end: m.index + name.length,
                entityId,
                candidates: [],
                probable: false,
                unsure: false,
              })),
            )
            .sort((a, b) => a.start - b.start),
        ),
        marks: segments.flatMap((text, segment) =>
          Object.entries(phrases).flatMap(([phrase, id]): FoundMark[] =>
            all(text, phrase).map((m) => ({
              segment,
              start: m.index,
              end: m.index + phrase.length,
              card: note(id),
            })),
          ),
        ),
      },
    }),
  });
}

describe('claim and note markers', () => {
  it('go right after their phrase, beside mentions in the same text node, once per card, and clear exactly', async () => {
    const p = document.createElement('p');
    const bold = document.createElement('b');
    bold.textContent = 'Jabhat Al Nusra';
    p.append('HTS adalah nama baru ', bold, '. Pasukan di Aleppo sejak 10 tahun lalu di Aleppo.');
    document.body.append(p);
    const before = document.body.outerHTML;
    const texts = [...p.childNodes];
    const annotator = annotatorFor(
      { Aleppo: 'aleppo', 'Jabhat Al Nusra': 'nusra' },
      { 'nama baru Jabhat Al Nusra': 'renamed', 'sejak 10 tahun lalu': 'since', 'di Aleppo': 'twice' },
    );
    await annotator.run();
    expect(p.textContent).toBe(
      'HTS adalah nama baru Jabhat Al Nusra. Pasukan di Aleppo sejak 10 tahun lalu di Aleppo.',
    );
    const marks = [...p.querySelectorAll('konteks-mark')];
    expect(annotator.marks()).toHaveLength(3);
    expect(marks.map((m) => m.getAttribute('data-id'))).toEqual(['renamed', 'twice', 'since']);
    // Each marker sits right after its phrase (the mention it ends on included).
    const textBefore = (el: Element) => {
      const range = document.createRange();
      range.setStart(p, 0);
      range.setEndBefore(el);
      return range.toString();
    };
    expect(textBefore(marks[0] as Element)).toBe('HTS adalah nama baru Jabhat Al Nusra');
    expect(textBefore(marks[1] as Element)).toBe('HTS adalah nama baru Jabhat Al Nusra. Pasukan di Aleppo');
    expect(textBefore(marks[2] as Element)).toBe(
      'HTS adalah nama baru Jabhat Al Nusra. Pasukan di Aleppo sejak 10 tahun lalu',
    );
    expect(p.querySelectorAll('konteks-mention')).toHaveLength(3);
    expect(annotator.markCard(marks[2] as Element)?.id).toBe('since');
    annotator.clear();
    expect(document.body.outerHTML).toBe(before);
    expect([...p.childNodes]).toEqual(texts);
  });

  it('a page cannot plant a marker that opens a card', async () => {
    const planted = document.createElement('konteks-mark');
    document.body.append(planted);
    expect(annotatorFor({}, {}).markCard(planted)).toBeUndefined();
  });
});
