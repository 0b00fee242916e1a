import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { activeTabId, badgeText, openPopup } from './support/extension-api.ts';

test.describe('the toolbar popup', () => {
  test('lists the page’s entities by type, and choosing one scrolls to it and opens its card', async ({
    page,
    fixtureUrl,
    context,
    extensionId,
    serviceWorker,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    await expect.poll(() => article.entityIds().then((ids) => ids.length)).toBeGreaterThan(15);
    const tabId = await activeTabId(serviceWorker);
    const popup = await openPopup(context, extensionId, tabId);
    const marked = (await article.entityIds()).length;
    await expect(popup.getByTestId('popup-entity')).toHaveCount(marked);
    await expect(popup.getByTestId('popup-status')).toContainText(String(marked));
    // The toolbar badge shows the same count for this tab.
    await expect.poll(() => badgeText(serviceWorker, tabId)).toBe(String(marked));
    await expect(popup.getByRole('heading', { name: /Person|Tokoh/ })).toBeVisible();

    await page.bringToFront();
    await popup.locator('[data-entity-id="sana"]').click();
    await expect.poll(() => readShadowText(page)).toContain('SANA');
    await expect(article.mention('sana')).toBeInViewport();
  });

  test('switching the site off restores the page exactly, and on marks it again', async ({
    page,
    fixtureUrl,
    context,
    extensionId,
    serviceWorker,
  }) => {
    await page.goto(fixtureUrl('seed-article.html'));
    const pristine = await page.evaluate(() => document.body.outerHTML);
    await expect(page.locator('[data-konteks-entity]').first()).toBeAttached();
    const tabId = await activeTabId(serviceWorker);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByTestId('site-switch').uncheck();
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0);
    // Konteks's own card host is outside <body>; the body must be byte-for-byte what the page served.
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(pristine);
    await expect(popup.getByTestId('popup-status')).toContainText(/off on this site|dimatikan/);

    await popup.getByTestId('site-switch').check();
    await expect(page.locator('[data-konteks-entity="syria"]').first()).toBeAttached();

    await popup.getByTestId('pause-switch').check();
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0);
    await page.reload();
    await page.waitForTimeout(500);
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0);
  });
});
