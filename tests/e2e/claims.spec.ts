import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { readShadowText, shadowLinks } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { activeTabId, openPopup } from './support/extension-api.ts';

/**
 * Issue 9, points 1 and 2: a ClaimReview feed imported on the options page (the same control as
 * packs); a page whose address a fact-check lists shows the verdict in the popup; a sentence that
 * states a reviewed claim gets a marker that opens the claim card, and a near miss gets none.
 * All claim data is fictional test data (tests/fixtures/claims/README.md).
 */

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/claims/${name}`, import.meta.url));
const PAGE_HTML = readFileSync(fixture('claim-page.html'), 'utf8');
/** Listed in feed.json as where the bridge claim appeared. */
const APPEARANCE = 'https://www.inews.id/news/internasional/konteks-test-claim-page';
/** Not listed anywhere. */
const OTHER = 'https://www.inews.id/news/internasional/konteks-test-other-page';

async function serveTestPage(context: BrowserContext): Promise<void> {
  await context.route('https://www.inews.id/news/internasional/konteks-test-**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE_HTML }),
  );
}

async function importFeed(optionsPage: () => Promise<Page>): Promise<void> {
  const options = await optionsPage();
  await options.locator('[data-testid="import-file"]').setInputFiles(fixture('feed.json'));
  await expect(options.locator('[data-testid="import-status"]')).toContainText(/3 (fact checks|cek fakta)/);
  await expect(options.locator('[data-source-id="claims-feed"]')).toContainText(/Fact checks|Cek fakta/);
  await options.close();
}

test.describe('fact-checks (ClaimReview)', () => {
  test('the popup of a page whose address a fact-check lists shows the verdict, checker and date', async ({
    page,
    context,
    extensionId,
    serviceWorker,
    optionsPage,
  }) => {
    await serveTestPage(context);
    await importFeed(optionsPage);
    // The same address as the feed's, written differently: tracking parameters, fragment, slash.
    await page.goto(`${APPEARANCE}/?utm_source=whatsapp#komentar`);
    await expect(page.locator('[data-konteks-entity="aleppo"]').first()).toBeAttached();
    const popup = await openPopup(context, extensionId, await activeTabId(serviceWorker));
    const claim = popup.getByTestId('popup-claim');
    await expect(claim).toHaveCount(1);
    await expect(claim).toContainText('Salah');
    await expect(claim).toContainText('Jembatan baru di Kota Contoh runtuh');
    await expect(claim).toContainText(/Cek Fakta Contoh.*(2 Desember 2024|December 2, 2024)/);
    await expect(claim.getByRole('link')).toHaveAttribute(
      'href',
      'https://cekfakta.example/2024/12/jembatan-kota-contoh',
    );
  });

  test('a sentence stating a reviewed claim gets a marker that opens the claim card; near misses get none', async ({
    page,
    context,
    extensionId,
    serviceWorker,
    optionsPage,
  }) => {
    await serveTestPage(context);
    await page.goto(OTHER);
    await expect(page.locator('[data-konteks-entity="aleppo"]').first()).toBeAttached();
    // The body as the page served it, parsed apart from the live (annotated) document.
    const pristine = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').body.outerHTML,
      PAGE_HTML,
    );
    await expect(page.locator('konteks-mark')).toHaveCount(0);

    await importFeed(optionsPage);
    // The import changes the knowledge base; the open page re-annotates by itself.
    const marker = page.locator('#claim konteks-mark[data-konteks-mark="claim"]');
    await expect(marker).toHaveCount(1);
    await expect(page.locator('konteks-mark')).toHaveCount(1); // not the negated or other-city sentences
    // It sits right after the sentence, and the page's text is unchanged.
    expect(
      await marker.evaluate((el) => {
        const range = document.createRange();
        range.setStart(el.parentElement as Node, 0);
        range.setEndBefore(el);
        return range.toString();
      }),
    ).toBe(
      'Sebuah unggahan viral di media sosial. Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024.',
    );
    await expect(page.locator('#claim')).toHaveText(
      'Sebuah unggahan viral di media sosial. Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024. Unggahan itu dibagikan ribuan kali.',
    );
    await expect(marker).toHaveAttribute('role', 'button');
    await expect(marker).toHaveAttribute('aria-label', /Salah/);

    // Keyboard: focus the marker, Enter opens the claim card in the closed shadow root.
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('Salah');
    const card = await readShadowText(page);
    expect(card).toContain(
      'Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024.',
    );
    expect(card).toMatch(/Cek Fakta Contoh.*2 Desember 2024/);
    expect(await shadowLinks(page)).toContain('https://cekfakta.example/2024/12/jembatan-kota-contoh');
    await page.keyboard.press('Escape');
    await expect(marker).toBeFocused();

    // This page's own address is in no feed: the popup lists no fact-check for it.
    const popup = await openPopup(context, extensionId, await activeTabId(serviceWorker));
    await expect(popup.getByTestId('popup-claim')).toHaveCount(0);

    // Switching Konteks off for the site puts the page back exactly.
    await popup.getByTestId('site-switch').uncheck();
    await expect(page.locator('konteks-mark')).toHaveCount(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(pristine);
  });

  test('on the options page a feed is managed like a pack: skipped records named, export, remove and undo', async ({
    optionsPage,
  }) => {
    const options = await optionsPage();
    const rows = options.locator('[data-source-id]');
    await expect(rows).toHaveCount(2);
    const before = await rows.allInnerTexts();
    const status = options.locator('[data-testid="import-status"]');
    // No valid record: refused with the record and field, and nothing changes.
    await options.locator('[data-testid="import-file"]').setInputFiles(fixture('broken-all.json'));
    await expect(status).toContainText('dataFeedElement[0].item[0].claimReviewed');
    expect(await rows.allInnerTexts()).toEqual(before);
    // Some bad records: the good one is imported and the skipped ones are counted and named.
    await options.locator('[data-testid="import-file"]').setInputFiles(fixture('broken-some.json'));
    await expect(status).toContainText(/1 (fact check|cek fakta)/);
    await expect(status).toContainText(/2 (records were skipped|catatan dilewati).*\[1\]\.url/);
    const row = options.locator('[data-source-id="claims-broken-some"]');
    await expect(row).toBeVisible();
    const download = options.waitForEvent('download');
    await row.locator('[data-testid="source-export"]').click();
    expect((await download).suggestedFilename()).toBe('claims-broken-some.json');
    await row.locator('[data-testid="source-remove"]').click();
    await expect(row).toHaveCount(0);
    await options.locator('[data-testid="undo-remove"]').click();
    await expect(row).toBeVisible();
    await expect(row).toContainText(/Fact checks|Cek fakta/);
  });
});
