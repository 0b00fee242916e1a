/**
 * Browser half of `npm run bench`: loads the built extension into Debian's Chromium with a fresh
 * profile and prints what the real browser measured — bundled packs loaded into IndexedDB on
 * install, the matcher built from them, and the time from opening the seed article to its first
 * marked mention. Numbers, not assertions: this machine is shared and noisy.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { LoadTimings } from '../src/messaging/load-timings.ts';
import { chromiumPath, extensionLaunchArgs } from './chromium-path.ts';
import { serveFolder } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = process.env.KONTEKS_EXTENSION_DIR ?? join(root, '.output/chrome-mv3');
const ROUNDS = 3;

interface Round {
  timings: LoadTimings;
  firstMentionMs: number;
}

async function oneRound(origin: string): Promise<Round> {
  const profile = await mkdtemp(join(tmpdir(), 'konteks-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionLaunchArgs(extensionDir),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
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
    const opened = Date.now();
    await page.goto(new URL('seed-article.html', origin).href);
    await page.locator('[data-konteks-entity]').first().waitFor({ state: 'attached', timeout: 30_000 });
    const firstMentionMs = Date.now() - opened;
    let timings = await readTimings();
    for (let i = 0; i < 100 && timings?.matcherMs === undefined; i++) {
      await new Promise((r) => setTimeout(r, 50));
      timings = await readTimings();
    }
    if (!timings) throw new Error('the background recorded no load timings');
    return { timings, firstMentionMs };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
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
    console.log(`\nIn Chromium (${ROUNDS} fresh profiles, median):`);
    console.table({
      'bundled packs into IndexedDB on install': {
        value: ms(median(rounds.map((r) => r.timings.installMs))),
      },
      'matcher built from them': { value: ms(median(rounds.map((r) => r.timings.matcherMs ?? NaN))) },
      'aliases in the matcher': { value: String(first.timings.aliasCount ?? 'n/a') },
      'seed article opened → first mention marked': {
        value: ms(median(rounds.map((r) => r.firstMentionMs))),
      },
    });
    console.log(`packs installed: ${first.timings.installed.join(', ')}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench (browser) failed: ${(error as Error)?.message ?? error}`);
  process.exit(1);
});
