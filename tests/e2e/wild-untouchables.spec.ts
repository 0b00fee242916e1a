import type { Page } from '@playwright/test';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { bodySnapshot, entitiesIn, switchSiteOff } from './support/wild-page.ts';

interface Wild {
  pristineBody: string;
  pristineShadow: string | null;
  markedAtCapture: number;
  pristineTextNodes: number[];
  closedRoot: ShadowRoot;
}

/** Issue 5 points 4–5: what Konteks must leave alone (tests/fixtures/wild/untouchables.html). */
test.describe('a page with forms, editors, code, shadow DOM and an iframe', () => {
  test.beforeEach(async ({ page, fixtureUrl }) => {
    await page.goto(fixtureUrl('wild/untouchables.html'));
    await expect(page.locator('#lead [data-konteks-entity="syria"]')).toBeAttached({ timeout: 10_000 });
  });

  test('forms, the editor, code, SVG and MathML are not touched', async ({ page }) => {
    for (const id of ['form', 'editor', 'code', 'chart', 'formula']) {
      await expect(page.locator(`#${id} konteks-mention`)).toHaveCount(0);
    }
    await expect(page.locator('#search')).toHaveValue('Hama Homs Russia');
    await expect(page.locator('#notes')).toHaveValue('Call the Hama desk about Russia and Iran.');
    await expect(page.locator('#region')).toHaveValue('Homs');
    await expect(page.locator('#editor')).toHaveText(
      'Draft: Iran and Russia back the government of Bashar al-Assad.',
    );
  });

  test('text the page changes later in code, SVG and MathML is not marked either', async ({ page }) => {
    await page.evaluate(() =>
      (window as unknown as { wild: { updateWidgets(): void } }).wild.updateWidgets(),
    );
    await page.waitForTimeout(600); // past the change watcher's batching
    // Each widget names an entity marked nowhere else, so each would be marked if it were scanned.
    const marked = await page.evaluate(() =>
      Object.fromEntries(
        ['code', 'chart', 'formula'].map((id) => [
          id,
          [...document.querySelectorAll(`#${id} konteks-mention`)].map((el) => el.textContent),
        ]),
      ),
    );
    expect(marked).toEqual({ code: [], chart: [], formula: [] });
    await expect(page.locator('#chart text')).toHaveText('Raqqa: 160 km');
  });

  test('typing in the editor is never marked', async ({ page }) => {
    await page.locator('#editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Aleppo.');
    await page.waitForTimeout(600); // past the change watcher's batching
    expect(await page.locator('#editor konteks-mention').allTextContents()).toEqual([]);
    await expect(page.locator('#editor')).toHaveText(
      'Draft: Iran and Russia back the government of Bashar al-Assad. Aleppo.',
    );
  });

  test('article text in an open shadow root is marked', async ({ page }) => {
    const inShadow = () =>
      page.evaluate(() =>
        [
          ...(document.querySelector('wild-story')?.shadowRoot?.querySelectorAll('konteks-mention') ?? []),
        ].map((el) => el.getAttribute('data-konteks-entity')),
      );
    await expect.poll(inShadow, { timeout: 3_000 }).toEqual(expect.arrayContaining(['russia', 'tartus']));
  });

  test('a mention inside an open shadow root opens its card on hover', async ({ page }) => {
    const mention = page.locator('#open-story konteks-mention[data-konteks-entity="tartus"]');
    await expect(mention).toBeAttached();
    await mention.hover();
    await expect.poll(() => readShadowText(page)).toContain('Tartus');
  });

  test('a web component added after load is marked inside its shadow root', async ({ page }) => {
    await page.evaluate(() => (window as unknown as { wild: { addStory(): void } }).wild.addStory());
    await expect.poll(() => shadowEntities(page, '#late-story'), { timeout: 2_000 }).toEqual(['qamishli']);
  });

  test('text the page changes inside an open shadow root is marked', async ({ page }) => {
    await expect.poll(() => shadowEntities(page, '#open-story')).toContain('tartus');
    await page.evaluate(() => (window as unknown as { wild: { editShadow(): void } }).wild.editShadow());
    await expect.poll(() => shadowEntities(page, '#open-story'), { timeout: 2_000 }).toContain('manbij');
  });

  test('a closed shadow root and a same-origin iframe are left alone (by design)', async ({ page }) => {
    // Nothing outside the page's own reference can reach a closed root; Konteks does not try.
    const inClosed = await page.evaluate(
      () => (window as unknown as { wild: Wild }).wild.closedRoot.querySelectorAll('konteks-mention').length,
    );
    expect(inClosed).toBe(0);
    // Frames are not scanned: the content script runs in top-level documents only (no all_frames),
    // so an embedded document, even a same-origin srcdoc one, keeps its text as it is.
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('p')).toHaveText('Palmyra and Deir ez-Zor were quiet.');
    await page.waitForTimeout(500);
    await expect(frame.locator('konteks-mention')).toHaveCount(0);
  });

  test('a name inside a link: hovering opens the card, clicking navigates', async ({ page }) => {
    const mention = page.locator('#link konteks-mention');
    await expect(mention).toHaveAttribute('data-konteks-entity', 'damascus');
    await mention.hover();
    await expect.poll(() => readShadowText(page)).toContain('Damascus');
    // Not a second focus stop inside the link, and no role that would hide the link.
    await expect(mention).not.toHaveAttribute('tabindex', /.*/);
    await expect(mention).not.toHaveAttribute('role', /.*/);
    await mention.click();
    await expect(page).toHaveURL(/related\/damaskus\.html$/);
  });

  test('switching Konteks off for the site restores the DOM exactly as the page built it', async ({
    page,
    context,
    extensionId,
    serviceWorker,
  }) => {
    const wild = await page.evaluate(() => {
      const { pristineBody, pristineShadow, markedAtCapture, pristineTextNodes } = (
        window as unknown as { wild: Wild }
      ).wild;
      return { pristineBody, pristineShadow, markedAtCapture, pristineTextNodes };
    });
    expect(wild.markedAtCapture).toBe(0); // captured before Konteks touched anything
    expect(await page.evaluate(() => document.body.outerHTML)).not.toBe(wild.pristineBody);
    await switchSiteOff(page, context, extensionId, serviceWorker);
    await expect(page.locator('konteks-mention')).toHaveCount(0);
    expect(await bodySnapshot(page)).toEqual({ html: wild.pristineBody, textNodes: wild.pristineTextNodes });
    expect(await page.evaluate(() => document.querySelector('wild-story')?.shadowRoot?.innerHTML)).toBe(
      wild.pristineShadow,
    );
    expect(await entitiesIn(page, 'body')).toEqual([]);
  });
});

/** Entities marked inside the open shadow root of the element `selector` finds. */
function shadowEntities(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('konteks-mention') ?? [])].map(
        (el) => el.getAttribute('data-konteks-entity') ?? '',
      ),
    selector,
  );
}
