import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumPath, extensionLaunchArgs } from '../../../scripts/chromium-path.ts';
import { type StaticServer, serveFolder } from '../../../scripts/static-server.ts';

/** The built extension; KONTEKS_EXTENSION_DIR points elsewhere (e.g. a copy kept apart from a rebuild). */
export const EXTENSION_DIR =
  process.env.KONTEKS_EXTENSION_DIR ?? fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** URL of a file in tests/fixtures served on 127.0.0.1. */
  fixtureUrl: (name: string) => string;
  /** Opens the extension's options page in a new tab. */
  optionsPage: () => Promise<Page>;
}

/**
 * Every test gets a fresh profile with the real built extension (.output/chrome-mv3) loaded in
 * Debian's Chromium, so the knowledge base starts from the bundled packs each time.
 */
export const test = base.extend<ExtensionFixtures, { fixtureServer: StaticServer }>({
  fixtureServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await serveFolder(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ hasTouch }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'konteks-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      hasTouch,
      args: extensionLaunchArgs(EXTENSION_DIR),
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  fixtureUrl: async ({ fixtureServer }, use) => {
    await use((name) => new URL(name, fixtureServer.origin).href);
  },
  optionsPage: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.locator('[data-source-id]').first().waitFor();
      return page;
    });
  },
});

export { expect } from '@playwright/test';
