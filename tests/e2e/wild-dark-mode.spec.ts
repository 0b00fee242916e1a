import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { cardComputedStyle, luminance } from './support/wild-card-style.ts';

/** Issue 5 point 6: the card follows the reader's dark mode and reduced-motion choices (no screenshots). */
test('in dark mode with reduced motion the card is dark and still; in light mode it is light and animated', async ({
  page,
  fixtureUrl,
}) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(fixtureUrl('wild/dark.html'));
  const mention = page.locator('konteks-mention[data-konteks-entity="damascus"]');
  await expect(mention).toBeAttached({ timeout: 10_000 });
  await mention.hover();
  await expect.poll(() => readShadowText(page)).toContain('Damascus');

  const properties = ['background-color', 'color', 'animation-name'];
  const dark = await cardComputedStyle(page, properties);
  expect(luminance(dark['background-color'] ?? '')).toBeLessThan(0.1);
  expect(luminance(dark.color ?? '')).toBeGreaterThan(0.6);
  expect(dark['animation-name']).toBe('none');
  console.log(`[wild dark mode] card background ${dark['background-color']}, text ${dark.color}`);

  // The same card, once the reader switches back: proves the check above can fail.
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  const light = await cardComputedStyle(page, properties);
  expect(luminance(light['background-color'] ?? '')).toBeGreaterThan(0.8);
  expect(luminance(light.color ?? '')).toBeLessThan(0.1);
  expect(light['animation-name']).not.toBe('none');
});
