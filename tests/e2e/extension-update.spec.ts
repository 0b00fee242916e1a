import { ArticlePage } from './support/article-page.ts';
import { expect, test } from './support/extension.ts';

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

    // (A reloaded unpacked extension does not come back in this test browser — launched with
    // --load-extension, its service worker never restarts — so taking over is not shown here.)
    await page.locator('#search').fill('Masih bisa diketik');
    await expect(page.locator('#search')).toHaveValue('Masih bisa diketik');
  });
});
