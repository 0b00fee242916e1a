import { ArticlePage, REQUIRED_ENTITIES } from './support/article-page.ts';
import { readShadowText, shadowLinks, shadowRootMode } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

test.describe('the seed article', () => {
  test('marks every entity the article names, and nothing in the traps', async ({ page, fixtureUrl }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const found = await article.entityIds();
    expect(REQUIRED_ENTITIES.filter((id) => !found.includes(id))).toEqual([]);
    // "hama wereng", "ke sana kemari" and a telegram to an office are common words, not names.
    await expect(page.locator('#trap konteks-mention')).toHaveCount(0);
    // The reader's fields, editors, code, SVG and scripts are never touched.
    for (const id of ['search', 'notes', 'editor', 'code', 'chart', 'page-data']) {
      await expect(page.locator(`#${id} konteks-mention`)).toHaveCount(0);
    }
    await expect(page.locator('#search')).toHaveValue(/Suriah/);
  });

  test('hovering "Bashar Al Assad" opens his card in Indonesian, in a closed shadow root', async ({
    page,
    fixtureUrl,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const bashar = article.mention('bashar-al-assad');
    await expect(bashar).toContainText('Bashar');
    await bashar.hover();
    await expect.poll(() => readShadowText(page)).toContain('Presiden Suriah');
    const text = await readShadowText(page);
    expect(text).toContain('Sumber'); // the card's own words are Indonesian too
    expect(await shadowRootMode(page)).toBe('closed');
    const links = await shadowLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://'))).toBe(true);
    // The pointer can travel into the card: moving away closes it only after a grace period.
    await page.mouse.move(5, 5);
    await expect.poll(() => readShadowText(page)).toBe('');
  });

  test('opens and closes with the keyboard, returning focus to the mention', async ({ page, fixtureUrl }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const syria = article.mention('syria');
    await syria.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('Suriah');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('KONTEKS-CARD-HOST');
    await page.keyboard.press('Escape');
    await expect.poll(() => readShadowText(page)).toBe('');
    await expect(syria).toBeFocused();
    await expect(syria).toHaveAttribute('aria-expanded', 'false');
  });

  test('a link that contains a mention still navigates on click', async ({ page, fixtureUrl }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const linked = page.locator('a[href] konteks-mention').first();
    await expect(linked).toBeVisible();
    const href = await linked.evaluate((el) => (el.closest('a') as HTMLAnchorElement).href);
    await linked.click();
    await expect(page).toHaveURL(href);
  });
});
