// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotator } from './annotate-page';
import { textBlocks } from './text-blocks';

beforeEach(() => {
  document.body.replaceChildren();
});

/** A custom element that renders its own paragraph inside a shadow root. */
function shadowHost(mode: 'open' | 'closed', text: string): HTMLElement {
  const host = document.createElement('news-card');
  const shadow = host.attachShadow({ mode });
  const p = document.createElement('p');
  p.textContent = text;
  shadow.append(p);
  return host;
}

describe('text in shadow roots', () => {
  it('reads an open shadow root as blocks of its own, and never a closed one', () => {
    const before = document.createElement('p');
    before.textContent = 'Berita dari Aleppo';
    document.body.append(
      before,
      shadowHost('open', 'Pasukan Rusia di Hama'),
      shadowHost('closed', 'Rahasia Iran'),
    );
    expect([...textBlocks(document.body)].map((b) => b.text)).toEqual([
      'Berita dari Aleppo',
      'Pasukan Rusia di Hama',
    ]);
  });

  it('marks mentions inside an open shadow root and removes them again', async () => {
    const host = shadowHost('open', 'Pasukan Rusia di Hama');
    document.body.append(host);
    const annotator = createAnnotator({
      root: document.body,
      lang: 'id',
      policy: 'first',
      onMention: () => {},
      findMentions: async (segments) => ({
        ok: true,
        value: {
          mentions: segments.flatMap((text, segment) => {
            const start = text.indexOf('Rusia');
            return start < 0
              ? []
              : [
                  {
                    segment,
                    start,
                    end: start + 5,
                    entityId: 'russia',
                    candidates: [],
                    probable: false,
                    unsure: false,
                  },
                ];
          }),
        },
      }),
    });
    await annotator.run();
    const shadow = host.shadowRoot as ShadowRoot;
    expect(shadow.querySelector('konteks-mention')?.getAttribute('data-konteks-entity')).toBe('russia');
    expect(annotator.mentions()).toHaveLength(1);
    annotator.clear();
    expect(shadow.querySelector('konteks-mention')).toBeNull();
    expect(shadow.textContent).toBe('Pasukan Rusia di Hama');
  });
});
