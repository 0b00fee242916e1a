// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FoundMention } from '../messaging/protocol';
import { createAnnotator } from './annotate-page';

beforeEach(() => {
  document.body.replaceChildren();
});

/** Finds every occurrence of each name, as the background would for these entities. */
function annotatorFor(names: Record<string, string>) {
  return createAnnotator({
    root: document.body,
    lang: 'id',
    policy: 'first',
    onMention: () => {},
    findMentions: async (segments) => ({
      ok: true,
      value: {
        mentions: segments.flatMap((text, segment) =>
          Object.entries(names).flatMap(([name, entityId]): FoundMention[] =>
            [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
              segment,
              start: m.index,
              end: m.index + name.length,
              entityId,
              candidates: [],
              probable: false,
              unsure: false,
            })),
          ),
        ),
      },
    }),
  });
}

describe('annotator on pages that change', () => {
  it('lets the page rewrite a text node it owns, leaving no stale fragment behind', async () => {
    const p = document.createElement('p');
    const owned = document.createTextNode('Koreksi: serangan di Aleppo kemarin.');
    p.append(owned);
    document.body.append(p);
    const annotator = annotatorFor({ Aleppo: 'aleppo', Idlib: 'idlib' });
    await annotator.run();
    expect(p.querySelector('konteks-mention')?.textContent).toBe('Aleppo');
    owned.data = 'Koreksi: serangan di Idlib kemarin.'; // how React updates text
    annotator.release([owned]);
    expect(p.textContent).toBe('Koreksi: serangan di Idlib kemarin.');
    await annotator.runOn([p]);
    expect(p.querySelector('konteks-mention')?.getAttribute('data-konteks-entity')).toBe('idlib');
    expect(p.textContent).toBe('Koreksi: serangan di Idlib kemarin.');
  });

  it('marks an entity again once the page removed its only mention', async () => {
    const first = document.createElement('p');
    first.textContent = 'Pasukan tiba di Aleppo.';
    document.body.append(first);
    const annotator = annotatorFor({ Aleppo: 'aleppo' });
    await annotator.run();
    first.remove();
    const second = document.createElement('p');
    second.textContent = 'Warga Aleppo kembali.';
    document.body.append(second);
    await annotator.runOn([second]);
    expect(second.querySelector('konteks-mention')?.getAttribute('data-konteks-entity')).toBe('aleppo');
    expect(annotator.mentions()).toHaveLength(1);
  });

  it('never reads a changed root that sits in an editor or code', async () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    const line = document.createElement('p');
    line.textContent = 'Aleppo';
    editor.append(line);
    document.body.append(editor);
    const annotator = annotatorFor({ Aleppo: 'aleppo' });
    await annotator.runOn([line]);
    expect(editor.querySelector('konteks-mention')).toBeNull();
  });
});
