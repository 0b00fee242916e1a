import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

test.describe('ambiguous short names', () => {
  test('"Assad" in a paragraph about 1982 means Hafez al-Assad', async ({ page, fixtureUrl }) => {
    await page.goto(fixtureUrl('assad-1982.html'));
    await expect(page.locator('#then [data-konteks-entity="hafez-al-assad"]')).toHaveText('Assad');
    await expect(page.locator('#then [data-konteks-entity="bashar-al-assad"]')).toHaveCount(0);
  });

  test('"Assad" on a seed article dated 2024 means Bashar', async ({ page, fixtureUrl }) => {
    await page.goto(fixtureUrl('seed-article.html'));
    await expect(page.locator('[data-konteks-entity="bashar-al-assad"]').first()).toBeAttached();
    await expect(page.locator('[data-konteks-entity="hafez-al-assad"]')).toHaveCount(0);
  });

  test('when nothing decides, the card says so and offers the other candidate', async ({
    page,
    fixtureUrl,
  }) => {
    await page.goto(fixtureUrl('assad-unsure.html'));
    const mention = page.locator('#only konteks-mention[tabindex="0"]');
    await expect(mention).toHaveAttribute('data-konteks-candidates', /\S/);
    await mention.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('can mean more than one');
    const first = await readShadowText(page);
    const showsBashar = first.includes('Bashar al-Assad');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => readShadowText(page))
      .toContain(showsBashar ? 'Hafez al-Assad' : 'Bashar al-Assad');
  });
});
