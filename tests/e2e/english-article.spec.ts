import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { NEW_ENTITIES, OLD_ENTITIES } from './support/english-article-entities.ts';
import { expect, test } from './support/extension.ts';

/**
 * An English page about the fall of the Assad government (8 December 2024): the curated pack must
 * serve English readers too.
 */

test.describe('the English article on the fall of Assad', () => {
  test('marks every entity the article names, and no common word in the lifestyle column', async ({
    page,
    fixtureUrl,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('fall-of-assad-en.html'));
    expect(NEW_ENTITIES.length).toBeGreaterThanOrEqual(25);
    const found = await article.entityIds();
    expect([...NEW_ENTITIES, ...OLD_ENTITIES].filter((id) => !found.includes(id))).toEqual([]);
    // "a turkey for dinner", "china plates", "jordan almonds", "a family reunion may follow",
    // "a warm jersey" and "a chad of paper" are common words, not countries.
    await expect(page.locator('#trap p')).toContainText('jordan almonds');
    await expect(page.locator('#trap konteks-mention')).toHaveCount(0);
  });

  test('hovering "Ahmed al-Sharaa" opens his card in English', async ({ page, fixtureUrl }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('fall-of-assad-en.html'));
    const sharaa = article.mention('ahmed-al-sharaa');
    await expect(sharaa).toContainText('al-Sharaa');
    await sharaa.hover();
    await expect.poll(() => readShadowText(page)).toContain('Ahmed al-Sharaa');
    const text = await readShadowText(page);
    expect(text).toContain('President of Syria for the transitional period');
    expect(text).toContain('Sources'); // the card's own words follow the page's language
    expect(text).not.toContain('Presiden Suriah');
    expect(text).not.toContain('Sumber');
  });
});
