import type { BrowserContext, Page } from '@playwright/test';
import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

/**
 * Issue 7 point 5, in the browser: the service worker is stopped in the middle of a reading
 * session and the next hover still opens a card; two tabs and the options page stay consistent.
 * (The quota error and the schema upgrade are unit tests: src/kb/faults.test.ts.)
 */

/**
 * Stops every service worker of the profile the way Chrome does when it idles one out: the
 * DevTools protocol's ServiceWorker.stopAllWorkers, sent from a page's CDP session (a persistent
 * context has no browser-level session, and Playwright opens none on a worker). Resolves once
 * the protocol reports the extension's worker stopped, with the states it went through.
 */
async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<string[]> {
  const tool = await context.newPage();
  const cdp = await context.newCDPSession(tool);
  const scope = `chrome-extension://${extensionId}/`;
  const states: string[] = [];
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: VersionInfo[] }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(scope)) continue;
        states.push(v.runningStatus);
        if (v.runningStatus === 'stopped') resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  console.log(`[trust] extension service worker: ${states.join(' → ')}`);
  // Detaching a session with the ServiceWorker domain on hangs in Playwright; closing its page ends it.
  await tool.close();
  return states;
}

interface VersionInfo {
  scriptURL: string;
  runningStatus: string;
}

test('the service worker stopped mid-session: the next hover still opens a card, and the worker comes back', async ({
  context,
  page,
  fixtureUrl,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const article = new ArticlePage(page);
  await article.open(fixtureUrl('seed-article.html'));
  await article.mention('bashar-al-assad').hover();
  await expect.poll(() => readShadowText(page)).toContain('Assad');
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await expect.poll(() => readShadowText(page)).toBe('');

  const before = await page.locator('konteks-mention').count();
  await stopServiceWorker(context, extensionId);
  // The old worker is gone: evaluating in it fails or never answers.
  const dead = await Promise.race([
    serviceWorker.evaluate(() => 'alive').catch(() => 'dead'),
    new Promise<string>((resolve) => setTimeout(() => resolve('dead'), 2000)),
  ]);
  expect(dead).toBe('dead');
  expect(await page.locator('konteks-mention').count()).toBe(before);

  // A card Konteks never showed on this page: the answer must come from a restarted worker.
  await article.mention('aleppo').hover();
  await expect.poll(() => readShadowText(page), { timeout: 10_000 }).toContain('Aleppo');

  // Stopped a second time, with a card open (the worker the hover woke may already be winding
  // down by itself, so only its stop is checked), and the next card still comes.
  expect(await stopServiceWorker(context, extensionId)).toContain('stopped');
  await article.mention('damascus').hover();
  await expect.poll(() => readShadowText(page), { timeout: 10_000 }).toContain('Damascus');
  // New text on the page is still marked after the restarts (find-mentions goes through the worker too).
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'Later: officials in Teheran and Moskow spoke about Iran and Russia.';
    document.querySelector('article')?.append(p);
  });
  await expect(page.locator('#late [data-konteks-entity]').first()).toBeAttached({ timeout: 10_000 });
});

test('two tabs and the options page stay consistent: a source switched off and on changes both tabs', async ({
  context,
  page,
  fixtureUrl,
  optionsPage,
}) => {
  const first = new ArticlePage(page);
  await first.open(fixtureUrl('seed-article.html'));
  const page2 = await context.newPage();
  const second = new ArticlePage(page2);
  await second.open(fixtureUrl('fall-of-assad-en.html'));
  const tabs = [page, page2];
  const seedMarks = (p: Page) => p.locator('[data-konteks-entity="syria"]');
  for (const tab of tabs) await expect(seedMarks(tab).first()).toBeAttached();

  const options = await optionsPage();
  const seedSwitch = options.locator('[data-source-id="konteks-seed"] [data-testid="source-enabled"]');
  await seedSwitch.uncheck();
  await expect(seedSwitch).not.toBeChecked();
  for (const tab of tabs) await expect(seedMarks(tab)).toHaveCount(0);

  await seedSwitch.check();
  await expect(seedSwitch).toBeChecked();
  for (const tab of tabs) await expect(seedMarks(tab).first()).toBeAttached();

  // A second options page sees the same state, and a change there reaches the first one and the tabs.
  const options2 = await optionsPage();
  const seedSwitch2 = options2.locator('[data-source-id="konteks-seed"] [data-testid="source-enabled"]');
  await expect(seedSwitch2).toBeChecked();
  await seedSwitch2.uncheck();
  for (const tab of tabs) await expect(seedMarks(tab)).toHaveCount(0);
  await options.reload();
  await expect(seedSwitch).not.toBeChecked();
  await seedSwitch.check();
  for (const tab of tabs) await expect(seedMarks(tab).first()).toBeAttached();
  // Both tabs open the same card after all that.
  for (const [tab, id] of [
    [page, 'bashar-al-assad'],
    [page2, 'bashar-al-assad'],
  ] as const) {
    await tab.bringToFront();
    await tab.locator(`konteks-mention[data-konteks-entity="${id}"][tabindex="0"]`).first().hover();
    await expect.poll(() => readShadowText(tab)).toContain('Assad');
  }
});
