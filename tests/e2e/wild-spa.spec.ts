import { expect, test } from './support/extension.ts';
import { entitiesIn } from './support/wild-page.ts';

/** Issue 5 point 4: a single-page app that swaps its article with pushState (tests/fixtures/wild/spa.html). */
test.describe('a single-page app', () => {
  test.beforeEach(async ({ page, fixtureUrl }) => {
    await page.goto(fixtureUrl('wild/spa.html'));
    await expect(page.locator('[data-route="pertama"] [data-konteks-entity="aleppo"]')).toBeAttached({
      timeout: 10_000,
    });
  });

  test('new text of a route is marked', async ({ page }) => {
    await page.click('nav a[data-route="kedua"]');
    await expect(page).toHaveURL(/cerita=kedua/);
    // Names not yet on the page: marked as any new text is, within the bound (asserted at 2 s).
    await expect
      .poll(() => entitiesIn(page, 'article[data-route="kedua"]'), { timeout: 2_000 })
      .toEqual(expect.arrayContaining(['damascus', 'bashar-al-assad', 'russia']));
  });

  test('a route change is a fresh scan: a name marked on the first route is marked again on the second', async ({
    page,
  }) => {
    await page.click('nav a[data-route="kedua"]');
    await expect(page).toHaveURL(/cerita=kedua/);
    await expect
      .poll(() => entitiesIn(page, 'article[data-route="kedua"]'), { timeout: 3_000 })
      .toContain('aleppo');
  });

  test('back navigation (popstate) renders the first story again, and it is marked afresh', async ({
    page,
  }) => {
    await page.click('nav a[data-route="kedua"]');
    await expect(page.locator('article[data-route="kedua"]')).toBeAttached();
    await page.goBack();
    await expect(page).toHaveURL(/cerita=pertama|spa\.html$/);
    await expect(page.locator('article[data-route="pertama"]')).toBeAttached();
    await expect
      .poll(() => entitiesIn(page, 'article[data-route="pertama"]'), { timeout: 3_000 })
      .toEqual(expect.arrayContaining(['aleppo', 'syria', 'hayat-tahrir-al-sham']));
  });
});
