import { fileURLToPath } from 'node:url';
import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

const pack = (name: string) => fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url));
const TEST_SUMMARY = 'Ringkasan uji';

test.describe('options: priority order of sources', () => {
  test('moving a source up makes its description of the same entity win on the card', async ({
    page,
    fixtureUrl,
    optionsPage,
  }) => {
    const options = await optionsPage();
    await options.locator('[data-testid="import-file"]').setInputFiles(pack('aleppo-alt.json'));
    const row = options.locator('[data-source-id="test-aleppo-alt"]');
    await expect(row).toBeVisible();
    const rows = options.locator('[data-source-id]');
    await expect(rows).toHaveCount(3);
    // Imported below the bundled sources: the bundled description wins.
    await expect(rows.last()).toHaveAttribute('data-source-id', 'test-aleppo-alt');
    await expect(row.locator('[data-testid="source-down"]')).toBeDisabled();

    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const aleppo = article.mention('aleppo');
    await aleppo.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('Aleppo');
    expect(await readShadowText(page)).not.toContain(TEST_SUMMARY);
    await page.keyboard.press('Escape');

    // Two moves up with the keyboard: focus stays on the button that moved the row.
    await row.locator('[data-testid="source-up"]').click();
    await expect(rows.nth(1)).toHaveAttribute('data-source-id', 'test-aleppo-alt');
    await expect(row.locator('[data-testid="source-up"]')).toBeFocused();
    await options.keyboard.press('Enter');
    await expect(rows.first()).toHaveAttribute('data-source-id', 'test-aleppo-alt');
    await expect(row.locator('[data-testid="source-position"]')).toHaveText('Number 1 of 3');
    await expect(row.locator('[data-testid="source-down"]')).toBeFocused();

    // The order survives a reload: it is stored by the background, not only shown.
    await options.reload();
    await expect(rows.first()).toHaveAttribute('data-source-id', 'test-aleppo-alt');

    await page.bringToFront();
    await aleppo.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain(TEST_SUMMARY);
  });
});
