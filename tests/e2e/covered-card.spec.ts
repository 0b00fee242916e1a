import { ArticlePage } from './support/article-page.ts';
import { type Box, firstLinkBox, readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

test.describe('a card the page hides or covers cannot be clicked into an action', () => {
  test('a source link under a page overlay opens nothing; uncovered, it opens', async ({
    page,
    fixtureUrl,
    context,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    await article.mention('aleppo').hover();
    await expect.poll(() => readShadowText(page)).toContain('Aleppo');
    const link = (await firstLinkBox(page)) as Box;
    expect(link).toBeDefined();
    const { x, y } = centre(link);

    // Clickjacking: the page paints its own content over the card and lets clicks fall through
    // (pointer-events: none), hoping the reader clicks what they see and hits our link.
    await page.evaluate(() => {
      const overlay = document.createElement('div');
      overlay.id = 'overlay';
      overlay.textContent = 'Klik di sini untuk hadiah';
      overlay.setAttribute(
        'style',
        'position:fixed;inset:0;z-index:2147483647;background:#fff;opacity:0.95;pointer-events:none',
      );
      document.documentElement.append(overlay);
    });
    await page.waitForTimeout(400); // the visibility observer reports within its 100 ms delay
    let opened = false;
    context.on('page', () => {
      opened = true;
    });
    await page.mouse.click(x, y);
    await page.waitForTimeout(800);
    expect(opened).toBe(false);

    await expect.poll(() => readShadowText(page)).toContain('Aleppo'); // the card is still open
    await page.evaluate(() => document.getElementById('overlay')?.remove());
    await page.waitForTimeout(400);
    const popup = context.waitForEvent('page', { timeout: 5_000 });
    await page.mouse.click(x, y);
    await popup;
  });
});
