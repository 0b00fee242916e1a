import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, FIXTURES_DIR, test } from './support/extension.ts';
import { activeTabId, openPopup } from './support/extension-api.ts';

const seedArticle = readFileSync(join(FIXTURES_DIR, 'seed-article.html'), 'utf8');

test.describe('the outlet card in the page panel', () => {
  test('on a page of a known outlet (a subdomain of its listed domain) the popup says who publishes it', async ({
    page,
    context,
    extensionId,
    serviceWorker,
  }) => {
    // The seed article, served on the outlet's real address: content scripts match by URL.
    await context.route('https://www.inews.id/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: seedArticle }),
    );
    await page.goto('https://www.inews.id/news/internasional/suriah-aleppo');
    await expect(page.locator('[data-konteks-entity]').first()).toBeAttached({ timeout: 10_000 });
    const tabId = await activeTabId(serviceWorker);
    const popup = await openPopup(context, extensionId, tabId);

    const card = popup.getByTestId('outlet-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('iNews');
    await expect(card).toContainText('inews.id');
    await expect(card.getByTestId('outlet-owner')).toContainText('MNC');
    await expect(card.getByTestId('outlet-country')).toContainText(/Indonesia/);
    // Every claim is sourced: the sources list links out over http(s) only.
    const links = await card
      .locator('.outlet-sources a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
    await expect(popup.getByRole('region', { name: /iNews/ })).toBeVisible();
  });

  test('a look-alike host gets no outlet card', async ({ page, context, extensionId, serviceWorker }) => {
    await context.route('https://inews.id.evil.example/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: seedArticle }),
    );
    await page.goto('https://inews.id.evil.example/news/suriah');
    await expect(page.locator('[data-konteks-entity]').first()).toBeAttached({ timeout: 10_000 });
    const tabId = await activeTabId(serviceWorker);
    const popup = await openPopup(context, extensionId, tabId);
    // The panel is ready (it lists the page's names) and shows no outlet.
    await expect(popup.getByTestId('popup-entity').first()).toBeVisible();
    await expect(popup.getByTestId('outlet-card')).toHaveCount(0);
  });
});
