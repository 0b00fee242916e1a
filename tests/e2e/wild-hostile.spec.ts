import type { Page } from '@playwright/test';
import { cardBox, readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { cardComputedStyle } from './support/wild-card-style.ts';
import { switchSiteOff } from './support/wild-page.ts';

/** Issue 5 point 6–7: a page styled to fight injected UI (tests/fixtures/wild/hostile.html). */
test.describe('a page that fights injected UI', () => {
  test.beforeEach(async ({ page, fixtureUrl }) => {
    await page.goto(fixtureUrl('wild/hostile.html'));
    await expect(page.locator('#masthead [data-konteks-entity="syria"]')).toBeAttached({ timeout: 10_000 });
  });

  test('the card opens visible, above a sticky header on the highest z-index', async ({ page }) => {
    await page.locator('#masthead konteks-mention[data-konteks-entity="syria"]').hover();
    await expect.poll(() => readShadowText(page)).toContain('Syria');
    await page.waitForTimeout(300); // past the card's entrance animation
    const box = await cardBox(page);
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(50);
    if (!box) return;
    const style = await cardComputedStyle(page, ['display', 'visibility', 'opacity']);
    expect(style).toEqual({ display: 'block', visibility: 'visible', opacity: '1' });
    // The card starts inside the 160px sticky header, so the header and the z-indexed divs compete.
    expect(box.y).toBeLessThan(160);
    const hits = await page.evaluate(
      (points) => points.map(([x, y]) => document.elementFromPoint(x, y)?.tagName ?? ''),
      [
        [box.x + box.width / 2, box.y + box.height / 2],
        [box.x + 12, box.y + 12],
        [box.x + box.width - 12, box.y + box.height - 12],
      ] as [number, number][],
    );
    expect(hits).toEqual(['KONTEKS-CARD-HOST', 'KONTEKS-CARD-HOST', 'KONTEKS-CARD-HOST']);
  });

  test('a closed card does not block the page’s clicks', async ({ page }) => {
    await page.locator('#p1 konteks-mention[data-konteks-entity="iran"]').hover();
    await expect.poll(() => readShadowText(page)).toContain('Iran');
    const box = await cardBox(page);
    if (!box) throw new Error('no card');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(5, 700);
    await expect.poll(() => readShadowText(page)).toBe('');
    const under = await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return el?.id || el?.className || el?.tagName || '';
    }, centre);
    expect(under).not.toBe('KONTEKS-CARD-HOST');
    await page.mouse.click(centre.x, centre.y);
    const clicks = await page.evaluate(
      () => (window as unknown as { wild: { clicks: string[] } }).wild.clicks,
    );
    expect(clicks.at(-1)).toBe(under);
    // The header's own controls keep working too.
    await page.locator('#subscribe').click();
    expect(
      await page.evaluate(() => (window as unknown as { wild: { clicks: string[] } }).wild.clicks.at(-1)),
    ).toBe('subscribe');
  });

  test('marking does not move a single line: paragraph boxes are the same with Konteks on and off', async ({
    page,
    context,
    extensionId,
    serviceWorker,
  }) => {
    await expect(page.locator('#p3 [data-konteks-entity]').first()).toBeAttached();
    const on = await paragraphBoxes(page, '#masthead p, article p, article h1');
    await switchSiteOff(page, context, extensionId, serviceWorker);
    await expect(page.locator('konteks-mention')).toHaveCount(0);
    expect(await paragraphBoxes(page, '#masthead p, article p, article h1')).toEqual(on);
  });
});

test.describe('a page that fights injected UI, on a touch screen', () => {
  test.use({ hasTouch: true });

  test('with pointer events off on the body, a tap opens the card and a tap elsewhere closes it', async ({
    page,
    fixtureUrl,
  }) => {
    await page.goto(fixtureUrl('wild/hostile.html'));
    const sana = page.locator('#p3 konteks-mention[data-konteks-entity="sana"]');
    await expect(sana).toBeAttached({ timeout: 10_000 });
    await sana.tap();
    await expect.poll(() => readShadowText(page)).toContain('SANA');
    const filler = await page.locator('#filler').boundingBox();
    await page.touchscreen.tap(20, (filler?.y ?? 600) + 20);
    await expect.poll(() => readShadowText(page)).toBe('');
  });
});

test('on an ordinary article, too, marks leave every line where it was', async ({
  page,
  fixtureUrl,
  context,
  extensionId,
  serviceWorker,
}) => {
  await page.goto(fixtureUrl('seed-article.html'));
  await expect
    .poll(() => page.locator('article konteks-mention').count(), { timeout: 10_000 })
    .toBeGreaterThan(15);
  const on = await paragraphBoxes(page, 'article p, article h1');
  await switchSiteOff(page, context, extensionId, serviceWorker);
  await expect(page.locator('konteks-mention')).toHaveCount(0);
  expect(await paragraphBoxes(page, 'article p, article h1')).toEqual(on);
});

/**
 * Top and height of each matching block, and how many line boxes its text is laid out in: the
 * tops of its text's rectangles (text nodes only; a raised claim or note badge is a box of its own).
 */
function paragraphBoxes(page: Page, selector: string) {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const rect = el.getBoundingClientRect();
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) tops.add(Math.round(r.top));
      }
      return { top: rect.top + window.scrollY, height: rect.height, width: rect.width, lines: tops.size };
    }),
  );
}
