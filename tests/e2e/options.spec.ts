import { fileURLToPath } from 'node:url';
import { ArticlePage } from './support/article-page.ts';
import { expect, test } from './support/extension.ts';

const pack = (name: string) => fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url));
const SEED = 'konteks-seed';

test.describe('options page and sources', () => {
  test('switching the seed source off removes its mentions live, and on brings them back', async ({
    page,
    fixtureUrl,
    optionsPage,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const options = await optionsPage();
    const seedSwitch = options.locator(`[data-source-id="${SEED}"] [data-testid="source-enabled"]`);
    await expect(seedSwitch).toBeChecked();
    await seedSwitch.uncheck();
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0);
    const bodyAfterSwitchOff = await page.evaluate(() => document.body.outerHTML);
    // The same page loaded while the source is off was never annotated: the DOM must be identical.
    await page.reload();
    await page.waitForLoadState('load');
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyAfterSwitchOff);
    await seedSwitch.check();
    await expect(page.locator('[data-konteks-entity="syria"]').first()).toBeAttached();
  });

  test('importing a pack from a file makes its entity appear on the page', async ({
    page,
    fixtureUrl,
    optionsPage,
  }) => {
    const options = await optionsPage();
    await options.locator('[data-testid="import-file"]').setInputFiles(pack('karawang.json'));
    await expect(options.locator('[data-testid="import-status"]')).toContainText('Test pack: Karawang');
    await expect(options.locator('[data-source-id="test-karawang"]')).toBeVisible();
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    await expect(page.locator('[data-konteks-entity="karawang"]')).toHaveCount(1);
  });

  test('a broken pack is refused with its field path and nothing changes', async ({ optionsPage }) => {
    const options = await optionsPage();
    const rows = options.locator('[data-source-id]');
    await expect(rows).toHaveCount(2);
    const before = await rows.allInnerTexts();
    await options.locator('[data-testid="import-file"]').setInputFiles(pack('broken-alias.json'));
    const status = options.locator('[data-testid="import-status"]');
    await expect(status).toContainText('entities[0].aliases[0].text');
    await expect(status).toContainText('broken-alias.json');
    await options.locator('[data-testid="import-file"]').setInputFiles(pack('not-json.json'));
    await expect(status).toContainText('not valid JSON');
    await options.reload();
    await expect(rows).toHaveCount(2);
    expect(await rows.allInnerTexts()).toEqual(before);
  });

  test('an imported source can be exported and removed', async ({ optionsPage }) => {
    const options = await optionsPage();
    await options.locator('[data-testid="import-file"]').setInputFiles(pack('karawang.json'));
    const row = options.locator('[data-source-id="test-karawang"]');
    await expect(row).toBeVisible();
    const download = options.waitForEvent('download');
    await row.locator('[data-testid="source-export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('test-karawang-1.0.0.json');
    await row.locator('[data-testid="source-remove"]').click();
    await expect(row).toHaveCount(0);
    await options.locator('[data-testid="undo-remove"]').click();
    await expect(row).toBeVisible();
  });
});
