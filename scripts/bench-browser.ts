/**
 * Browser half of `npm run bench`: loads the built extension into Debian's Chromium with a fresh
 * profile and prints what the real browser measured — bundled packs loaded into IndexedDB on
 * install, the matcher built from them, and the time from opening the seed article to its first
 * marked mention. Numbers, not assertions: this machine is shared and noisy.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import type { LoadTimings } from '../src/messaging/load-timings.ts';
import { chromiumPath, extensionLaunchArgs } from './chromium-path.ts';
import { largeArticleHtml } from './large-article.ts';
import { serveFolder } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = process.env.KONTEKS_EXTENSION_DIR ?? join(root, '.output/chrome-mv3');
const ROUNDS = 3;

interface Round {
  timings: LoadTimings;
  /** Seed article opened with the service worker stopped: to its first mention, and the matcher's part. */
  wakeFirstMentionMs: number;
  wakeMatcher: LoadTimings['lastMatcher'];
  firstMentionMs: number;
  /** From the page's DOMContentLoaded to the first mention in the DOM (the content script runs at idle). */
  afterDomReadyMs: number;
  /** From the content script adding its card host (its start) to the first mention. */
  afterScriptStartMs: number;
  /** The seed article's renderer JS heap with Konteks running, after GC. */
  seedHeap: number;
  /** The 1 MB page: time until its last paragraph was marked. */
  largeMarkedMs: number;
  /** Long tasks from the content script's start to the last paragraph marked: Konteks' own work. */
  annotatingLongTasks: LongTask[];
  /** Long tasks from DOMContentLoaded to the last paragraph marked: the page's layout and Konteks. */
  afterDomReadyLongTasks: LongTask[];
}

/**
 * Runs in the page before its scripts: notes when DOMContentLoaded fired, when the content script
 * started and first marked a mention, and every long task (PerformanceObserver 'longtask').
 */
function recordInPage(): void {
  const w = window as unknown as { konteksBench: PageRecord };
  w.konteksBench = { longTasks: [] };
  document.addEventListener('DOMContentLoaded', () => {
    w.konteksBench.domReady = performance.now();
  });
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // The content script's first act is adding its card host: the moment it started.
        if (node.nodeName === 'KONTEKS-CARD-HOST') w.konteksBench.scriptStart ??= performance.now();
        if (node.nodeName !== 'KONTEKS-MENTION') continue;
        w.konteksBench.firstMention ??= performance.now();
        if ((node as Element).closest('#last')) w.konteksBench.lastMarked = performance.now();
      }
    }
  }).observe(document, { childList: true, subtree: true });
  // Anonymous callbacks only: tsx names bound functions with a helper that does not exist in the page.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      w.konteksBench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

interface LongTask {
  start: number;
  duration: number;
}

interface PageRecord {
  domReady?: number;
  scriptStart?: number;
  firstMention?: number;
  lastMarked?: number;
  longTasks: LongTask[];
}

/** Long tasks that began in [from, to]: while Konteks was annotating, or the page alone before it. */
function longTasksBetween(record: PageRecord, from: number, to: number): LongTask[] {
  return record.longTasks.filter((task) => task.start >= from && task.start <= to);
}

async function oneRound(origin: string): Promise<Round> {
  const profile = await mkdtemp(join(tmpdir(), 'konteks-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionLaunchArgs(extensionDir),
  });
  try {
    let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const readTimings = () =>
      worker.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        return (await chrome.storage.local.get('loadTimings')).loadTimings as LoadTimings | undefined;
      });
    for (let i = 0; i < 200 && !(await readTimings()); i++) await new Promise((r) => setTimeout(r, 50));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(recordInPage);
    const opened = Date.now();
    await page.goto(new URL('seed-article.html', origin).href);
    await page.locator('[data-konteks-entity]').first().waitFor({ state: 'attached', timeout: 30_000 });
    const firstMentionMs = Date.now() - opened;
    // A second load of the same page: the matcher is built by now, as it is for a reader.
    await page.reload();
    await page.locator('[data-konteks-entity]').first().waitFor({ state: 'attached', timeout: 30_000 });
    const warm = (await page.evaluate(
      () => (window as unknown as { konteksBench: PageRecord }).konteksBench,
    )) as PageRecord;
    const afterDomReadyMs = (warm.firstMention ?? NaN) - (warm.domReady ?? NaN);
    const afterScriptStartMs = (warm.firstMention ?? NaN) - (warm.scriptStart ?? NaN);
    await page.waitForTimeout(500);
    const seedHeap = await heapUsed(page);

    const largeUrl = new URL('large-generated.html', origin).href;
    await page.route(largeUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: largeArticleHtml() }),
    );
    await page.goto(largeUrl);
    await page.locator('#last konteks-mention').waitFor({ state: 'attached', timeout: 60_000 });
    const large = (await page.evaluate(
      () => (window as unknown as { konteksBench: PageRecord }).konteksBench,
    )) as PageRecord;
    const largeMarkedMs = (large.lastMarked ?? NaN) - (large.domReady ?? NaN);
    const scriptStart = large.scriptStart ?? NaN;
    let timings = await readTimings();
    for (let i = 0; i < 100 && timings?.matcherMs === undefined; i++) {
      await new Promise((r) => setTimeout(r, 50));
      timings = await readTimings();
    }
    if (!timings) throw new Error('the background recorded no load timings');

    // MV3 stops an idle service worker after 30 s; the next page wakes it, and its matcher then
    // comes from the snapshot kept in IndexedDB instead of being built again.
    await stopServiceWorker(context);
    const woken = context.waitForEvent('serviceworker', { timeout: 30_000 });
    const wakeOpened = Date.now();
    await page.goto(new URL('seed-article.html', origin).href);
    await page.locator('[data-konteks-entity]').first().waitFor({ state: 'attached', timeout: 30_000 });
    const wakeFirstMentionMs = Date.now() - wakeOpened;
    worker = await woken.catch(() => context.serviceWorkers()[0] ?? worker);
    const wake = (await readTimings())?.lastMatcher;
    return {
      timings,
      wakeFirstMentionMs,
      wakeMatcher: wake,
      firstMentionMs,
      afterDomReadyMs,
      afterScriptStartMs,
      seedHeap,
      largeMarkedMs,
      annotatingLongTasks: longTasksBetween(large, scriptStart, large.lastMarked ?? NaN),
      afterDomReadyLongTasks: longTasksBetween(large, large.domReady ?? NaN, large.lastMarked ?? NaN),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Stops the extension's service worker (DevTools protocol) and waits until it is stopped. */
async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const tool = await context.newPage();
  const cdp = await context.newCDPSession(tool);
  const stopped = new Promise<void>((resolve) => {
    cdp.on(
      'ServiceWorker.workerVersionUpdated',
      ({ versions }: { versions: { runningStatus: string }[] }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
      },
    );
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((r) => setTimeout(r, 5_000))]);
  // Detaching a session with the ServiceWorker domain on hangs in Playwright; closing its page ends it.
  await tool.close();
}

/** JS heap in use by the page's renderer after a full garbage collection (page plus content scripts). */
async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Runs `measure` on a page of a plain Chromium without Konteks: the baseline to compare with. */
async function withoutKonteks<T>(measure: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    return await measure(await browser.newPage());
  } finally {
    await browser.close();
  }
}

/** The seed article's heap without Konteks, to subtract from the heap with it. */
function baselineSeedHeap(origin: string): Promise<number> {
  return withoutKonteks(async (page) => {
    await page.goto(new URL('seed-article.html', origin).href);
    await page.waitForTimeout(1000);
    return heapUsed(page);
  });
}

/** The same 1 MB page without Konteks: its own long tasks after DOMContentLoaded (layout of 1 MB). */
function baselineLongTasks(origin: string): Promise<LongTask[]> {
  return withoutKonteks(async (page) => {
    await page.addInitScript(recordInPage);
    const url = new URL('large-baseline.html', origin).href;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: largeArticleHtml() }));
    await page.goto(url);
    await page.waitForTimeout(1500);
    const record = await page.evaluate(
      () => (window as unknown as { konteksBench: PageRecord }).konteksBench,
    );
    return longTasksBetween(record, record.domReady ?? NaN, Infinity);
  });
}

async function main(): Promise<void> {
  const server = await serveFolder(join(root, 'tests/fixtures'));
  try {
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await oneRound(server.origin));
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} ms`);
    const first = rounds[0] as Round;
    const baselines: LongTask[][] = [];
    for (let i = 0; i < ROUNDS; i++) baselines.push(await baselineLongTasks(server.origin));
    const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((task) => task.duration));
    const plainHeaps: number[] = [];
    for (let i = 0; i < ROUNDS; i++) plainHeaps.push(await baselineSeedHeap(server.origin));
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    console.log(`\nIn Chromium (${ROUNDS} fresh profiles, median):`);
    console.table({
      'bundled packs into IndexedDB on install': {
        value: ms(median(rounds.map((r) => r.timings.installMs))),
      },
      'matcher built from them': { value: ms(median(rounds.map((r) => r.timings.matcherMs ?? NaN))) },
      'aliases in the matcher': { value: String(first.timings.aliasCount ?? 'n/a') },
      'service worker woken: matcher restored from IndexedDB': {
        value: `${ms(median(rounds.map((r) => (r.wakeMatcher?.from === 'snapshot' ? r.wakeMatcher.ms : NaN))))} (${rounds.map((r) => r.wakeMatcher?.from ?? 'n/a').join(', ')})`,
      },
      'service worker woken: seed article opened → first mention': {
        value: ms(median(rounds.map((r) => r.wakeFirstMentionMs))),
      },
      'seed article opened → first mention marked (fresh profile)': {
        value: ms(median(rounds.map((r) => r.firstMentionMs))),
      },
      'seed article DOMContentLoaded → first mention (reload)': {
        value: ms(median(rounds.map((r) => r.afterDomReadyMs))),
      },
      'seed article content script start → first mention (reload)': {
        value: ms(median(rounds.map((r) => r.afterScriptStartMs))),
      },
      'seed article JS heap: with Konteks − without (content script)': {
        value: mb(median(rounds.map((r) => r.seedHeap)) - median(plainHeaps)),
      },
      '1 MB page DOMContentLoaded → last paragraph marked': {
        value: ms(median(rounds.map((r) => r.largeMarkedMs))),
      },
      '1 MB page: long tasks while Konteks annotates (content script start → last marked)': {
        value: String(median(rounds.map((r) => r.annotatingLongTasks.length))),
      },
      '1 MB page: longest task while Konteks annotates': {
        value: ms(median(rounds.map((r) => longest(r.annotatingLongTasks)))),
      },
      '1 MB page: longest task from DOMContentLoaded to last marked (page layout + Konteks)': {
        value: ms(median(rounds.map((r) => longest(r.afterDomReadyLongTasks)))),
      },
      '1 MB page without Konteks: longest task after DOMContentLoaded (the page alone)': {
        value: ms(median(baselines.map(longest))),
      },
    });
    console.log("Long tasks are PerformanceObserver 'longtask' entries (over 50 ms) in the page's renderer.");
    console.log(`packs installed: ${first.timings.installed.join(', ')}`);
    const content = readFileSync(join(extensionDir, 'content-scripts/content.js'));
    console.log(
      `content script: ${(content.length / 1024).toFixed(1)} KB, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped (budget 60 KB)`,
    );
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench (browser) failed: ${(error as Error)?.message ?? error}`);
  process.exit(1);
});
