import { expect, test } from './support/extension.ts';
import { entitiesIn, reportLatencies } from './support/wild-page.ts';

/** Issue 5 point 4: stories appended as the reader scrolls (tests/fixtures/wild/infinite-scroll.html). */
test('an infinite-scroll page: every story appended on scrolling is marked', async ({ page, fixtureUrl }) => {
  await page.goto(fixtureUrl('wild/infinite-scroll.html'));
  await expect(page.locator('[data-story="1"] [data-konteks-entity="aleppo"]')).toBeAttached({
    timeout: 10_000,
  });
  const expected: [string, string[]][] = [
    ['2', ['hama', 'russia']],
    ['3', ['homs', 'iran']],
    ['4', ['damascus', 'bashar-al-assad']],
  ];
  for (const [story, entities] of expected) {
    await page.mouse.wheel(0, 100_000); // to the bottom: the page's IntersectionObserver loads the next story
    await expect(page.locator(`[data-story="${story}"]`)).toBeAttached();
    await expect
      .poll(() => entitiesIn(page, `[data-story="${story}"]`), { timeout: 2_000 })
      .toEqual(entities);
  }
  const latencies = await reportLatencies(page, 'infinite scroll, appended stories');
  expect(latencies).toHaveLength(3);
});
