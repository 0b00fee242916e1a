import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

test.describe('the time-aware card', () => {
  test('on the seed article (2 December 2024): Assad was president then, and fell six days later', async ({
    page,
    fixtureUrl,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    await article.mention('bashar-al-assad').hover();
    await expect.poll(() => readShadowText(page)).toContain('Saat berita ini terbit (2 Desember 2024)');
    const text = await readShadowText(page);
    const then = text.slice(text.indexOf('Saat berita ini terbit'), text.indexOf('Sejak itu'));
    expect(then).toContain('Presiden Suriah');
    expect(then).toContain('17 Juli 2000');
    const since = text.slice(text.indexOf('Sejak itu'), text.indexOf('Sumber'));
    expect(since).toContain('8 Desember 2024');
    expect(since).not.toContain('2000'); // nothing from before the article
  });

  test('a page without a date says so and shows facts as they stand now', async ({ page, fixtureUrl }) => {
    await page.goto(fixtureUrl('assad-unsure.html'));
    const mention = page.locator('#only konteks-mention[tabindex="0"]');
    await mention.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('publication date could not be found');
    expect(await readShadowText(page)).not.toContain('When this was published');
  });
});
