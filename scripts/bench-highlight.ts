/**
 * Issue 8's decision, measured: marking names by wrapping text in elements (what Konteks does)
 * against the CSS Custom Highlight API (Ranges in `CSS.highlights`, no DOM change), on the same
 * 1 MB page in Chromium. Prints the time to mark, the time until the next frame is painted, and
 * how many DOM nodes each approach adds.   tsx scripts/bench-highlight.ts
 */
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.ts';

const NAMES = ['Aleppo', 'Damaskus', 'Rusia', 'Suriah', 'Iran', 'Hama'];

function page(paragraphs: number): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const a = NAMES[i % NAMES.length];
    const b = NAMES[(i + 2) % NAMES.length];
    parts.push(
      `<p>Laporan terbaru dari ${a} menyebutkan situasi berubah cepat, dan pejabat di ${b} menunggu kabar berikutnya dari pemerintah setempat.</p>`,
    );
  }
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>::highlight(k){text-decoration:underline dotted}k-m{text-decoration:underline dotted}</style></head><body>${parts.join('')}</body></html>`;
}

/** Runs in the page: finds every name, marks it one way, and times the work and the next frame. */
function mark({
  mode,
  names,
}: {
  mode: string;
  names: string[];
}): Promise<{ markMs: number; frameMs: number; nodesAdded: number; marks: number }> {
  const before = document.getElementsByTagName('*').length;
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const hits: [Text, number, number][] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    for (const name of names) {
      let at = text.indexOf(name);
      while (at >= 0) {
        hits.push([node as Text, at, at + name.length]);
        at = text.indexOf(name, at + name.length);
      }
    }
  }
  if (mode === 'wrap') {
    // Last hit first within each node, so earlier offsets stay valid.
    hits.sort((x, y) => (x[0] === y[0] ? y[1] - x[1] : 0));
    for (const [node, start, end] of hits) {
      const middle = node.splitText(start);
      middle.splitText(end - start);
      const el = document.createElement('k-m');
      middle.replaceWith(el);
      el.append(middle);
    }
  } else {
    const ranges = hits.map(([node, start, end]) => {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    });
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set(
      'k',
      new (window as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight(...ranges),
    );
  }
  const markMs = performance.now() - t0;
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        resolve({
          markMs,
          frameMs: performance.now() - t0,
          nodesAdded: document.getElementsByTagName('*').length - before,
          marks: hits.length,
        }),
      ),
    ),
  );
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const rows: Record<string, unknown>[] = [];
    for (const paragraphs of [500, 4000]) {
      for (const mode of ['wrap', 'highlight']) {
        const times: { markMs: number; frameMs: number; nodesAdded: number; marks: number }[] = [];
        for (let round = 0; round < 3; round++) {
          const tab = await browser.newPage();
          await tab.setContent(page(paragraphs));
          times.push(await tab.evaluate(mark, { mode, names: NAMES }));
          await tab.close();
        }
        const median = (pick: (t: (typeof times)[number]) => number) =>
          times.map(pick).sort((a, b) => a - b)[1] as number;
        rows.push({
          page: `${paragraphs} paragraphs (${((paragraphs * 130) / 1000).toFixed(0)} KB)`,
          mode,
          marks: times[0]?.marks,
          'mark ms': median((t) => t.markMs).toFixed(1),
          'until painted ms': median((t) => t.frameMs).toFixed(1),
          'DOM elements added': times[0]?.nodesAdded,
        });
      }
    }
    console.log(
      '\nMarking names: wrapping in elements vs the CSS Custom Highlight API (Chromium, median of 3)',
    );
    console.table(rows);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench-highlight failed: ${(error as Error)?.message ?? error}`);
  process.exit(1);
});
