import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath, extensionLaunchArgs } from '../../scripts/chromium-path.ts';
import { ArticlePage } from './support/article-page.ts';
import { EXTENSION_DIR, expect, test } from './support/extension.ts';

test.describe('when the extension is updated or reloaded with tabs open', () => {
  test('the old content script withdraws: marks and card host removed, the page as it was', async ({
    page,
    fixtureUrl,
    serviceWorker,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(fixtureUrl('seed-article.html'));
    const pristine = await page.evaluate(() => document.body.outerHTML);
    const article = new ArticlePage(page);
    await expect(page.locator('[data-konteks-entity]').first()).toBeAttached({ timeout: 10_000 });
    await article.mention('syria').hover();

    // What an update does to a running extension: its context goes away under the open page.
    await serviceWorker.evaluate(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    });
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.locator('konteks-card-host')).toHaveCount(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(pristine);
    expect(errors).toEqual([]);

    await page.locator('#search').fill('Masih bisa diketik');
    await expect(page.locator('#search')).toHaveValue('Masih bisa diketik');
  });
});

/** Mentions on the page, and mentions inside mentions (a second content script marking over the first). */
async function markCounts(page: Page): Promise<{ marks: number; nested: number; hosts: number }> {
  return {
    marks: await page.locator('[data-konteks-entity]').count(),
    nested: await page.locator('konteks-mention konteks-mention').count(),
    hosts: await page.locator('konteks-card-host').count(),
  };
}

test.describe('an update installed with a tab open', () => {
  test('the old version withdraws, and the new one marks the page once, with one card host', async ({
    fixtureUrl,
  }) => {
    // A copy of the build, so its version can be raised like a store update without touching it.
    const workDir = await mkdtemp(join(tmpdir(), 'konteks-update-'));
    const extensionDir = join(workDir, 'extension');
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
    const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: chromiumPath(),
      headless: true,
      // CDP's Extensions.loadUnpacked installs a new version of an unpacked extension in place, as
      // an update does; it needs a debugging port and this flag.
      args: [
        ...extensionLaunchArgs(extensionDir),
        '--remote-debugging-port=0',
        '--enable-unsafe-extension-debugging',
      ],
    });
    try {
      const port = (await readFile(join(workDir, 'profile', 'DevToolsActivePort'), 'utf8')).split('\n')[0];
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const cdp = await browser.newBrowserCDPSession();
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(fixtureUrl('seed-article.html'));
      const pristine = await page.evaluate(() => document.body.outerHTML);
      await expect(page.locator('[data-konteks-entity]').first()).toBeAttached({ timeout: 10_000 });
      await page.waitForTimeout(1_000);
      const before = await markCounts(page);
      expect(before.marks).toBeGreaterThan(10);

      const manifestPath = join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
      await writeFile(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
      await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);

      // The old content script puts the page back; nothing of it is left for the new one to mark over.
      await expect(page.locator('[data-konteks-entity]')).toHaveCount(0, { timeout: 15_000 });
      expect(await page.evaluate(() => document.body.outerHTML)).toBe(pristine);
      await page.reload();
      await expect(page.locator('[data-konteks-entity]').first()).toBeAttached({ timeout: 15_000 });
      await page.waitForTimeout(1_000);
      expect(await markCounts(page)).toEqual(before);
      await new ArticlePage(page).mention('syria').hover();
      await expect.poll(() => page.locator('konteks-mention[aria-expanded="true"]').count()).toBe(1);
      expect(errors).toEqual([]);
      await browser.close();
    } finally {
      await context.close();
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
