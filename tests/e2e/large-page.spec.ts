import { largeArticleHtml } from '../../scripts/large-article.ts';
import { expect, test } from './support/extension.ts';

test('a page with 1 MB of text is annotated to the end and stays responsive meanwhile', async ({
  page,
  fixtureUrl,
}) => {
  const url = fixtureUrl('large-generated.html');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: largeArticleHtml() }));
  await page.goto(url);
  await page.evaluate(() => {
    (window as unknown as { clicks: number }).clicks = 0;
    document.getElementById('probe')?.addEventListener('click', () => {
      (window as unknown as { clicks: number }).clicks++;
    });
  });
  // The page answers its own events while Konteks works through the text in slices.
  await page.locator('#probe').click();
  expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
  await expect(page.locator('#last [data-konteks-entity="syria"]')).toBeAttached({ timeout: 20_000 });
  await expect(page.locator('[data-konteks-entity="russia"]')).toHaveCount(1);
});
