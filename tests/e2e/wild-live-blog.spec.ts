import { expect, test } from './support/extension.ts';
import { activeTabId, badgeText } from './support/extension-api.ts';
import { bodySnapshot, entitiesIn, reportLatencies, switchSiteOff } from './support/wild-page.ts';

/** Issue 5 point 4: a live blog that appends posts and edits them in place (tests/fixtures/wild/live-blog.html). */
test.describe('a live blog', () => {
  test.beforeEach(async ({ page, fixtureUrl }) => {
    await page.goto(fixtureUrl('wild/live-blog.html'));
    await expect(page.locator('#e1 [data-konteks-entity="aleppo"]')).toBeAttached({ timeout: 10_000 });
  });

  test('posts added all at once, and one by one by a ticker, are marked', async ({ page }) => {
    await page.click('#add');
    // The bound is 500 ms; the assertion is generous, the page's own measurement is printed.
    for (const [id, entity] of [
      ['e4', 'hama'],
      ['e5', 'homs'],
      ['e6', 'russia'],
    ]) {
      await expect.poll(() => entitiesIn(page, `#${id}`), { timeout: 2_000 }).toEqual([entity]);
    }
    await page.click('#ticker');
    for (const [id, entity] of [
      ['e7', 'tartus'],
      ['e8', 'hezbollah'],
      ['e9', 'turkey'],
    ]) {
      await expect.poll(() => entitiesIn(page, `#${id}`), { timeout: 3_000 }).toEqual([entity]);
    }
    const latencies = await reportLatencies(page, 'live blog, new posts');
    expect(latencies).toHaveLength(6);
  });

  test('a page that never stops changing (a clock ticking every 100 ms) still gets new posts marked', async ({
    page,
  }) => {
    await page.click('#clock');
    await expect(page.locator('#e4')).toBeAttached({ timeout: 3_000 });
    await expect.poll(() => entitiesIn(page, '#e4'), { timeout: 2_000 }).toEqual(['deir-ez-zor']);
    await expect(page.locator('#updated konteks-mention')).toHaveCount(0);
    const latencies = await reportLatencies(page, 'live blog, new post while a clock ticks');
    expect(latencies).toHaveLength(1);
  });

  test('a post the page rewrites (textContent) is marked again, with exactly the page’s text', async ({
    page,
  }) => {
    const expected = await page.evaluate(() => {
      document.getElementById('edit-text')?.click();
      return document.querySelector('#e2 .body')?.textContent;
    });
    await expect.poll(() => entitiesIn(page, '#e2'), { timeout: 2_000 }).toContain('iran');
    await expect(page.locator('#e2 .body')).toHaveText(expected ?? '');
    expect(await page.locator('#e2 .body').evaluate((el) => el.textContent)).toBe(expected);
    await reportLatencies(page, 'live blog, rewritten post');
  });

  test('a name whose only mark the page removed is marked again where the rewrite names it', async ({
    page,
  }) => {
    await page.click('#edit-text');
    await expect.poll(() => entitiesIn(page, '#e2'), { timeout: 2_000 }).toEqual(['damascus', 'iran']);
  });

  test('a post whose text node the page updates in place (as frameworks do) shows only the new text', async ({
    page,
  }) => {
    await page.click('#edit-node');
    const expected = 'Correction: the fighting was on the road towards Latakia, not the one near Idlib.';
    await expect.poll(() => page.locator('#e3 .body').evaluate((el) => el.textContent)).toBe(expected);
    await expect.poll(() => entitiesIn(page, '#e3'), { timeout: 2_000 }).toContain('latakia');
    expect(await page.locator('#e3 .body').evaluate((el) => el.textContent)).toBe(expected);
  });

  test('marking never feeds itself: once settled, the page stays still', async ({ page }) => {
    await page.click('#add');
    await page.click('#edit-text');
    await expect.poll(() => entitiesIn(page, '#e6'), { timeout: 2_000 }).toEqual(['russia']);
    await expect.poll(() => entitiesIn(page, '#e2'), { timeout: 2_000 }).toContain('iran');
    await page.waitForTimeout(1_000); // longer than any batching delay
    const before = await page.evaluate(() => ({
      html: document.body.innerHTML,
      mutations: (window as unknown as { wild: { mutations: number } }).wild.mutations,
    }));
    await page.waitForTimeout(1_000);
    const after = await page.evaluate(() => ({
      html: document.body.innerHTML,
      mutations: (window as unknown as { wild: { mutations: number } }).wild.mutations,
    }));
    expect(after.html).toBe(before.html);
    expect(after.mutations - before.mutations).toBe(0);
  });

  test('the toolbar badge follows the posts the page adds', async ({ page, serviceWorker }) => {
    const tabId = await activeTabId(serviceWorker);
    await expect.poll(() => badgeText(serviceWorker, tabId)).not.toBe('');
    const before = Number(await badgeText(serviceWorker, tabId));
    expect(before).toBe(await page.locator('konteks-mention[tabindex="0"]').count());
    await page.click('#add');
    await expect.poll(() => entitiesIn(page, '#e6'), { timeout: 2_000 }).toEqual(['russia']);
    const marked = await page.locator('konteks-mention[tabindex="0"]').count();
    await expect.poll(() => badgeText(serviceWorker, tabId)).toBe(String(marked));
    expect(marked).toBe(before + 3);
  });

  test('switched off after the page changed, the DOM is what the page alone would have built', async ({
    page,
    context,
    extensionId,
    serviceWorker,
  }) => {
    const changePage = async () => {
      await page.click('#add');
      await page.click('#edit-text');
    };
    await changePage();
    await expect.poll(() => entitiesIn(page, '#e6'), { timeout: 2_000 }).toEqual(['russia']);
    await expect.poll(() => entitiesIn(page, '#e2'), { timeout: 2_000 }).toContain('iran');
    await switchSiteOff(page, context, extensionId, serviceWorker);
    await expect(page.locator('konteks-mention')).toHaveCount(0);
    const restored = await bodySnapshot(page);
    // The same page and the same changes, with Konteks off for the site from the start.
    await page.reload();
    await changePage();
    await page.waitForTimeout(600); // longer than the change watcher's batching
    await expect(page.locator('konteks-mention')).toHaveCount(0);
    expect(await bodySnapshot(page)).toEqual(restored);
  });
});
