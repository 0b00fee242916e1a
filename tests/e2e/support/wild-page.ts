import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test } from './extension.ts';
import { activeTabId, openPopup } from './extension-api.ts';

/** What the fixture pages in tests/fixtures/wild measure themselves (see each page's script). */
export interface Latency {
  ms: number;
  [where: string]: string | number;
}

/** The latencies a wild fixture page measured with its own MutationObserver, printed for the report. */
export async function reportLatencies(page: Page, label: string): Promise<Latency[]> {
  const latencies = await page.evaluate(
    () => (window as unknown as { wild: { latencies: Latency[] } }).wild.latencies,
  );
  const list = latencies.map((l) => `${l.ms} ms`).join(', ');
  console.log(`[wild latency] ${label}: ${list || 'none measured'}`);
  return latencies;
}

/** Opens the toolbar popup for the page's tab and switches Konteks off for its site. */
export async function switchSiteOff(
  page: Page,
  context: BrowserContext,
  extensionId: string,
  serviceWorker: Worker,
): Promise<Page> {
  await page.bringToFront();
  const tabId = await activeTabId(serviceWorker);
  const popup = await openPopup(context, extensionId, tabId);
  await popup.getByTestId('site-switch').uncheck();
  await page.bringToFront();
  return popup;
}

/** Text of every marked mention inside `selector`. */
export function markedIn(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`${selector} konteks-mention`, (els) => els.map((el) => el.textContent ?? ''));
}

/**
 * Entity ids marked inside `selector`: wrapped mentions, and on framework pages (marked with CSS
 * highlights, README "Framework pages") the mirrors in `<konteks-highlights>`, whose order is the
 * order of the highlight's ranges, read from the page's own `CSS.highlights`.
 */
export function entitiesIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const roots = [...document.querySelectorAll(selector)];
    const wrapped = roots.flatMap((root) =>
      [...root.querySelectorAll('[data-konteks-entity]')].map(
        (el) => el.getAttribute('data-konteks-entity') ?? '',
      ),
    );
    const mirrors = [...document.querySelectorAll('konteks-highlights > [data-konteks-entity]')];
    const names = ['konteks-mention', 'konteks-mention-background', 'konteks-mention-quiet'];
    const highlight = names.map((name) => CSS.highlights.get(name)).find((h) => h !== undefined);
    const ranges = highlight ? ([...highlight] as Range[]) : [];
    const highlighted = ranges.flatMap((range, i) =>
      roots.some((root) => root.contains(range.startContainer))
        ? [mirrors[i]?.getAttribute('data-konteks-entity') ?? '']
        : [],
    );
    return [...wrapped, ...highlighted];
  }, selector);
}

/**
 * Marks a test that exposes a known bug as fixme. `KONTEKS_RUN_FIXME=1` runs it anyway, to check
 * whether a fix in src/ has made it pass.
 */
export function knownBug(reason: string): void {
  test.fixme(!process.env.KONTEKS_RUN_FIXME, reason);
}

/**
 * The body as markup plus the length of every text node in order: markup alone would hide text
 * nodes left split in two, which `outerHTML` serialises exactly like one node.
 */
export function bodySnapshot(page: Page): Promise<{ html: string; textNodes: number[] }> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const textNodes: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push((node as Text).length);
    return { html: document.body.outerHTML, textNodes };
  });
}
