import { ArticlePage } from './support/article-page.ts';
import { expect, test } from './support/extension.ts';

const heads = (entityId: string) => `konteks-mention[data-konteks-entity="${entityId}"][tabindex="0"]`;

test.describe('options: display and sites', () => {
  test('every mention instead of only the first marks more of the page, live', async ({
    page,
    fixtureUrl,
    optionsPage,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    await expect(page.locator(heads('syria'))).toHaveCount(1);
    const options = await optionsPage();
    await expect(options.getByTestId('mention-policy-first')).toBeChecked();
    await options.getByTestId('mention-policy-every').check();
    await expect(options.getByTestId('display-status')).toContainText('Saved.');
    await expect.poll(() => page.locator(heads('syria')).count()).toBeGreaterThan(1);
    // Stored, not only shown: a fresh options page reads it back.
    await options.reload();
    await expect(options.getByTestId('mention-policy-every')).toBeChecked();
  });

  test('only chosen sites: a site switched on runs, forgetting it stops, undo brings it back', async ({
    page,
    fixtureUrl,
    optionsPage,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const options = await optionsPage();
    await options.getByTestId('run-mode-chosen-sites').check();
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0);

    // A bad host is refused at the field, which gets focus and says why.
    const host = options.getByTestId('site-host');
    await host.fill('not a host');
    await options.getByTestId('site-add').click();
    await expect(host).toHaveAttribute('aria-invalid', 'true');
    await expect(host).toBeFocused();

    await host.fill(fixtureUrl('seed-article.html'));
    await options.getByTestId('site-add').click();
    const row = options.locator('[data-site="127.0.0.1"]');
    await expect(row).toContainText('On');
    await expect(page.locator(heads('syria')).first()).toBeAttached();

    await row.getByTestId('site-forget').click();
    await expect(row).toHaveCount(0);
    await expect(page.locator('[data-konteks-entity]')).toHaveCount(0);
    await options.getByTestId('site-undo').click();
    await expect(row).toContainText('On');
    await expect(page.locator(heads('syria')).first()).toBeAttached();
  });
});
