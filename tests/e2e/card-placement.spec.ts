import type { Locator } from '@playwright/test';
import { ArticlePage } from './support/article-page.ts';
import { type Box, cardBox, readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the mention has no box');
  return box;
}

test.describe('where the card goes', () => {
  test('opens beside the mention without covering it, and flips above near the bottom edge', async ({
    page,
    fixtureUrl,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('no viewport');

    const top = article.mention('bashar-al-assad');
    await top.hover();
    await expect.poll(() => cardBox(page)).toBeDefined();
    const below = (await cardBox(page)) as Box;
    const topBox = await boxOf(top);
    expect(overlaps(below, topBox)).toBe(false);
    expect(below.y).toBeGreaterThanOrEqual(topBox.y + topBox.height);

    // Bring a mention to the bottom of the viewport: there is no room below, so the card goes above.
    const low = article.mention('syrian-civil-war');
    await low.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.mouse.move(2, 2);
    await expect.poll(() => readShadowText(page)).toBe('');
    await low.hover();
    await expect.poll(() => readShadowText(page)).toContain('Perang');
    const above = (await cardBox(page)) as Box;
    const lowBox = await boxOf(low);
    expect(overlaps(above, lowBox)).toBe(false);
    expect(above.y + above.height).toBeLessThanOrEqual(lowBox.y);
    expect(above.y).toBeGreaterThanOrEqual(0);
  });

  test('a closed card never takes the page’s clicks', async ({ page, fixtureUrl }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const hit = await page.evaluate(() => {
      const el = document.elementFromPoint(10, 10);
      return el?.tagName;
    });
    expect(hit).not.toBe('KONTEKS-CARD-HOST');
    await page.locator('#search').click();
    await expect(page.locator('#search')).toBeFocused();
  });
});

test.describe('when the page fights back', () => {
  test('a card host the page removed or restyled is put back when a card opens', async ({
    page,
    fixtureUrl,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    await page.evaluate(() => {
      const host = document.querySelector('konteks-card-host') as HTMLElement;
      host.setAttribute('style', 'display: none !important');
      host.remove();
    });
    await article.mention('aleppo').hover();
    await expect.poll(() => readShadowText(page)).toContain('Aleppo');
    const box = (await cardBox(page)) as Box;
    expect(box.width).toBeGreaterThan(100);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(hit).toBe('KONTEKS-CARD-HOST');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a tap opens the card and a tap elsewhere closes it', async ({ page, fixtureUrl }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    await article.mention('aleppo').tap();
    await expect.poll(() => readShadowText(page)).toContain('Aleppo');
    await page.touchscreen.tap(5, 5);
    await expect.poll(() => readShadowText(page)).toBe('');
  });
});
