// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotator } from './annotate-page';
import { textBlocks } from './text-blocks';
import { unwrapMentions, wrapMentions } from './wrap-mentions';

beforeEach(() => {
  document.body.replaceChildren();
});

function setBody(html: string) {
  // Test-only: builds fixture DOM from a trusted literal.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

describe('textBlocks', () => {
  it('joins inline elements into one block and skips forms, code, scripts, SVG and editors', () => {
    setBody(
      '<p><b>Bashar</b> al-Assad di <a href="#">Damaskus</a></p>' +
        '<input value="Suriah"><textarea>Aleppo</textarea><div contenteditable="true">Rusia</div>' +
        '<pre><code>Iran</code></pre><svg><text>Suriah</text></svg><script>var x = "Damaskus"</script><p>Hama</p>',
    );
    expect([...textBlocks(document.body)].map((b) => b.text)).toEqual([
      'Bashar al-Assad di Damaskus',
      'Hama',
    ]);
  });
});

describe('wrapMentions / unwrapMentions', () => {
  it('wraps a mention split across inline elements and restores the DOM exactly', () => {
    setBody('<p>Presiden <b>Bashar</b> al-Assad dan <i>Iran</i>.</p>');
    const before = document.body.cloneNode(true);
    const textNodes = [...textBlocks(document.body)][0]?.pieces.map((p) => p.node) ?? [];
    const [block] = [...textBlocks(document.body)];
    if (!block) throw new Error('no block');
    const result = wrapMentions(document, block, [
      { start: 9, end: 24, entityId: 'bashar-al-assad', probable: false },
      { start: 29, end: 33, entityId: 'iran', probable: false },
    ]);
    const marked = [...document.querySelectorAll('[data-konteks-entity]')].map((e) => [
      e.getAttribute('data-konteks-entity'),
      e.textContent,
    ]);
    expect(marked).toEqual([
      ['bashar-al-assad', 'Bashar'],
      ['bashar-al-assad', ' al-Assad'],
      ['iran', 'Iran'],
    ]);
    expect(result.mentions.map((m) => m.textContent)).toEqual(['Bashar', 'Iran']);
    unwrapMentions(result.edits);
    expect(document.body.isEqualNode(before)).toBe(true);
    // The page's own text nodes survive, so frameworks holding them keep working.
    expect(textNodes.every((node) => document.body.contains(node))).toBe(true);
  });
});

describe('createAnnotator', () => {
  it('marks only the first mention of each entity by default and clears back to the original', async () => {
    setBody('<p>Suriah dan Suriah.</p><p>Lagi Suriah.</p>');
    const before = document.body.cloneNode(true);
    const annotator = createAnnotator({
      root: document.body,
      lang: 'id',
      policy: 'first',
      onMention: () => {},
      findMentions: async (segments) => ({
        ok: true,
        value: {
          mentions: segments.flatMap((text, segment) =>
            [...text.matchAll(/Suriah/g)].map((m) => ({
              segment,
              start: m.index,
              end: m.index + 6,
              entityId: 'syria',
              candidates: [],
              probable: false,
              unsure: false,
            })),
          ),
        },
      }),
    });
    await annotator.run();
    expect(document.querySelectorAll('konteks-mention')).toHaveLength(1);
    annotator.clear();
    expect(document.body.isEqualNode(before)).toBe(true);
  });
});
