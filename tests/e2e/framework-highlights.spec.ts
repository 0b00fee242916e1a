import type { Page } from '@playwright/test';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { activeTabId, openPopup } from './support/extension-api.ts';
import { entitiesIn, switchSiteOff } from './support/wild-page.ts';

/**
 * On a page a framework may hydrate, Konteks marks with CSS highlights and adds nothing to the
 * app's DOM (README "Framework pages"). The reader still gets every way into a card: hover, tap,
 * and the toolbar popup for the keyboard.
 */
const APP = 'apps/dist/react-news-prod.html?hydrate=manual';

/** The centre of the highlighted text `name`, in viewport pixels, read from the page's CSS.highlights. */
function highlightCentre(page: Page, name: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get('konteks-mention');
    const range = highlight && ([...highlight] as Range[]).find((r) => r.toString() === name);
    if (!range) return undefined;
    const rect = range.getClientRects()[0] as DOMRect;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, name);
}

async function openMarkedApp(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const pristine = await page.locator('#root').evaluate((root) => root.outerHTML);
  await expect.poll(() => entitiesIn(page, '[data-testid="live"]'), { timeout: 10_000 }).toEqual(['aleppo']);
  return pristine;
}

test.describe('a server-rendered app before it hydrates', () => {
  test('is marked with highlights: its DOM stays byte for byte as served, the ids are on mirrors', async ({
    page,
    fixtureUrl,
  }) => {
    const pristine = await openMarkedApp(page, fixtureUrl(APP));
    expect(await page.locator('#root').evaluate((root) => root.outerHTML)).toBe(pristine);
    const mirrored = await page
      .locator('konteks-highlights > [data-konteks-entity]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-konteks-entity')));
    expect(mirrored).toEqual(expect.arrayContaining(['aleppo', 'damascus', 'hayat-tahrir-al-sham']));
    await expect(page.locator('konteks-highlights')).toBeHidden();
  });

  test('hovering a highlighted name opens its card, and moving away closes it', async ({
    page,
    fixtureUrl,
  }) => {
    await openMarkedApp(page, fixtureUrl(APP));
    const at = await highlightCentre(page, 'Damascus');
    expect(at).toBeDefined();
    await page.mouse.move((at?.x ?? 0) - 40, (at?.y ?? 0) + 200);
    await page.mouse.move(at?.x ?? 0, at?.y ?? 0, { steps: 4 });
    await expect.poll(() => readShadowText(page)).toContain('Damascus');
    await page.mouse.move(5, 5);
    await expect.poll(() => readShadowText(page)).toBe('');
  });

  test('a tap on a highlighted name opens its card; a tap on plain text opens none', async ({
    page,
    fixtureUrl,
  }) => {
    await openMarkedApp(page, fixtureUrl(APP));
    await page.getByRole('heading').click();
    expect(await readShadowText(page)).toBe('');
    const at = await highlightCentre(page, 'Aleppo');
    await page.mouse.click(at?.x ?? 0, at?.y ?? 0);
    await expect.poll(() => readShadowText(page)).toContain('Aleppo');
  });

  test('the toolbar popup lists the names and opens a card from the keyboard', async ({
    page,
    fixtureUrl,
    context,
    extensionId,
    serviceWorker,
  }) => {
    await openMarkedApp(page, fixtureUrl(APP));
    const tabId = await activeTabId(serviceWorker);
    const popup = await openPopup(context, extensionId, tabId);
    const damascus = popup.locator('[data-entity-id="damascus"]');
    await expect(damascus).toBeVisible();
    await page.bringToFront();
    await damascus.focus();
    await damascus.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('Damascus');
  });

  test('the keyboard shortcut opens the cards of the marked names in reading order, focus inside', async ({
    page,
    fixtureUrl,
    serviceWorker,
  }) => {
    const manifest = await serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest).toMatchObject({
      commands: { 'next-name': { suggested_key: { default: 'Alt+Shift+K' } } },
    });
    await openMarkedApp(page, fixtureUrl(APP));
    const tabId = await activeTabId(serviceWorker);
    // What the background sends when the reader presses the shortcut (src/background/shortcut.ts);
    // a headless browser does not deliver extension shortcuts, so the test sends it the same way.
    const pressShortcut = () =>
      serviceWorker.evaluate(async (id) => {
        const chrome = (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          }
        ).chrome;
        return (await chrome.tabs.sendMessage(id, { type: 'reveal-next' })) as {
          value: { entityId: string };
        };
      }, tabId);
    const order = await page.evaluate(() => {
      const mirrors = [...document.querySelectorAll('konteks-highlights > [data-konteks-entity]')];
      const ranges = [...(CSS.highlights.get('konteks-mention') ?? [])] as Range[];
      return ranges
        .map((range, i) => ({ range, id: mirrors[i]?.getAttribute('data-konteks-entity') ?? '' }))
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
        .map((mark) => mark.id);
    });
    const first = await pressShortcut();
    expect(first.value.entityId).toBe(order[0]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('konteks-card-host');
    const second = await pressShortcut();
    expect(second.value.entityId).toBe(order[1]);
    await expect.poll(() => readShadowText(page)).toContain('Aleppo');
  });

  test('switching the site off removes every highlight and mirror', async ({
    page,
    fixtureUrl,
    context,
    extensionId,
    serviceWorker,
  }) => {
    const pristine = await openMarkedApp(page, fixtureUrl(APP));
    await switchSiteOff(page, context, extensionId, serviceWorker);
    await expect(page.locator('konteks-highlights')).toHaveCount(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('#root').evaluate((root) => root.outerHTML)).toBe(pristine);
  });

  test('a plain article page is still wrapped: mentions there are focusable elements', async ({
    page,
    fixtureUrl,
  }) => {
    await page.goto(fixtureUrl('seed-article.html'));
    await expect(page.locator('konteks-mention[tabindex="0"]').first()).toBeAttached({ timeout: 10_000 });
    await expect(page.locator('konteks-highlights')).toHaveCount(0);
  });
});
