import { cardBox, readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

/** Issue 5 point 6: RTL-safe layout (tests/fixtures/wild/rtl.html). */
test('on a right-to-left page the card opens inside the viewport, next to a name at the right edge', async ({
  page,
  fixtureUrl,
}) => {
  await page.goto(fixtureUrl('wild/rtl.html'));
  const aleppo = page.locator('#first konteks-mention[data-konteks-entity="aleppo"]');
  await expect(aleppo).toBeAttached({ timeout: 10_000 });
  const viewport = page.viewportSize();
  const mention = await aleppo.boundingBox();
  if (!viewport || !mention) throw new Error('no layout');
  expect(mention.x + mention.width).toBeGreaterThan(viewport.width - 80); // the line starts at the right
  await aleppo.hover();
  await expect.poll(() => readShadowText(page)).toContain('Aleppo');
  await expect.poll(() => cardBox(page)).toBeDefined();
  const card = await cardBox(page);
  if (!card) throw new Error('no card');
  expect(card.x).toBeGreaterThanOrEqual(0);
  expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
  expect(card.y).toBeGreaterThanOrEqual(mention.y + mention.height); // below the name, not over it
  // The card's box overlaps the name horizontally: it opens beside the name, not across the page.
  expect(card.x).toBeLessThan(mention.x + mention.width);
  expect(card.x + card.width).toBeGreaterThan(mention.x);
});
