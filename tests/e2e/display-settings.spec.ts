import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { storeSettings } from './support/extension-api.ts';

test.describe('display settings reach the page live', () => {
  test('every mention, highlighted, and cards in English on an Indonesian page', async ({
    page,
    fixtureUrl,
    serviceWorker,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const syria = page.locator('konteks-mention[data-konteks-entity="syria"]');
    await expect(syria).toHaveCount(1);

    await storeSettings(serviceWorker, {
      mentionPolicy: 'every',
      mentionStyle: 'highlight',
      cardLanguage: 'en',
    });
    await expect.poll(() => syria.count()).toBeGreaterThan(3);
    await expect(syria.first()).toHaveAttribute('data-konteks-style', 'highlight');

    await article.mention('bashar-al-assad').hover();
    await expect.poll(() => readShadowText(page)).toContain('When this was published (December 2, 2024)');
    expect(await readShadowText(page)).toContain('President of Syria');

    await storeSettings(serviceWorker, {});
    await expect(syria).toHaveCount(1);
    await expect(syria).not.toHaveAttribute('data-konteks-style', /./);
  });
});
