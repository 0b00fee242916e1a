import { expect, test } from './support/extension.ts';

test.describe('options: browse a source', () => {
  test('search a source’s entities and open one’s card, keyboard only', async ({ optionsPage }) => {
    const options = await optionsPage();
    const browse = options.getByTestId('browse');
    await browse.getByTestId('browse-source').selectOption('konteks-seed');
    await expect(browse.getByTestId('browse-count')).toContainText(/Showing \d+ of \d+/);
    await browse.getByTestId('browse-query').fill('alepo');
    await expect(browse.getByTestId('browse-count')).toContainText('Showing 0 of 0');
    await browse.getByTestId('browse-query').fill('aleppo');
    const item = browse.locator('[data-entity-id="aleppo"]');
    await expect(item).toBeVisible();
    await item.focus();
    await options.keyboard.press('Enter');
    await expect(item).toHaveAttribute('aria-pressed', 'true');
    // The page's own card component, in an open shadow root here (Playwright locators pierce it).
    const card = browse.getByTestId('card-preview').locator('.card');
    await expect(card).toContainText('Aleppo');
    await expect(card).toContainText('Sources');
    const close = card.locator('button.close');
    await expect(close).toBeFocused();
    await options.keyboard.press('Enter');
    await expect(card).toHaveCount(0);
    await expect(item).toBeFocused();
  });

  test('a switched-off source can still be browsed', async ({ optionsPage }) => {
    const options = await optionsPage();
    await options.locator('[data-source-id="konteks-world"] [data-testid="source-enabled"]').uncheck();
    const browse = options.getByTestId('browse');
    await browse.getByTestId('browse-source').selectOption('konteks-world');
    await browse.getByTestId('browse-query').fill('brazil');
    await expect(browse.getByTestId('browse-count')).toContainText('Showing 1 of 1');
    await browse.locator('[data-entity-id="brazil"]').click();
    await expect(browse.getByTestId('card-preview').locator('.card')).toContainText('Brazil');
  });
});
