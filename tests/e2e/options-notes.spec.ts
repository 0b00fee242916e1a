import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

const NOTE_ID = 'note-istana-kepresidenan-aleppo';

test.describe('options: my notes', () => {
  test('a note is validated, spotted on pages, edited, removed with undo, exported and imported', async ({
    page,
    fixtureUrl,
    optionsPage,
  }) => {
    const options = await optionsPage();
    await options.getByTestId('note-name').fill('Istana Kepresidenan Aleppo');
    await options.getByTestId('note-type').selectOption('place');
    await options.getByTestId('note-aliases').fill('Istana Kepresidenan Suriah');
    await options.getByTestId('note-note').fill('The palace in the rebels’ video.\nSeen on 1 December 2024.');
    await options.getByTestId('note-links').fill('javascript:alert(1)');
    await options.getByTestId('note-save').click();
    // Refused at the field: it is marked, says which line is wrong, and has focus.
    const links = options.getByTestId('note-links');
    await expect(links).toHaveAttribute('aria-invalid', 'true');
    await expect(links).toBeFocused();
    await expect(options.locator('#note-links-error')).toContainText('line 1');
    await expect(options.locator(`[data-note-id="${NOTE_ID}"]`)).toHaveCount(0);

    await links.fill('https://en.wikipedia.org/wiki/Aleppo');
    await options.getByTestId('note-save').click();
    await expect(options.getByTestId('notes-status')).toContainText('Added Istana Kepresidenan Aleppo');
    await expect(options.locator(`[data-note-id="${NOTE_ID}"]`)).toBeVisible();
    await expect(options.locator('[data-source-id="my-notes"]')).toBeVisible();

    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const mention = article.mention(NOTE_ID);
    await expect(mention).toBeAttached();
    await mention.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('The palace in the rebels’ video.');
    await page.keyboard.press('Escape');

    await options.bringToFront();
    await options.locator(`[data-note-id="${NOTE_ID}"]`).getByTestId('note-edit').click();
    await expect(options.getByTestId('note-name')).toBeFocused();
    await options.getByTestId('note-note').fill('Edited: the palace seized in November 2024.');
    await options.getByTestId('note-save').click();
    await expect(options.getByTestId('notes-status')).toContainText('Saved Istana Kepresidenan Aleppo');
    await page.bringToFront();
    await mention.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('Edited: the palace');
    await page.keyboard.press('Escape');

    await options.bringToFront();
    const download = options.waitForEvent('download');
    await options.getByTestId('notes-export').click();
    const exported = await download;
    expect(exported.suggestedFilename()).toBe('my-notes-1.0.0.json');
    const exportedPath = await exported.path();

    await options.locator(`[data-note-id="${NOTE_ID}"]`).getByTestId('note-delete').click();
    await expect(options.locator(`[data-note-id="${NOTE_ID}"]`)).toHaveCount(0);
    await expect(page.locator(`[data-konteks-entity="${NOTE_ID}"]`)).toHaveCount(0);
    await options.getByTestId('note-undo').click();
    await expect(options.locator(`[data-note-id="${NOTE_ID}"]`)).toBeVisible();
    await expect(page.locator(`[data-konteks-entity="${NOTE_ID}"]`).first()).toBeAttached();

    await options.locator(`[data-note-id="${NOTE_ID}"]`).getByTestId('note-delete').click();
    await expect(options.locator(`[data-note-id="${NOTE_ID}"]`)).toHaveCount(0);
    await options.getByTestId('notes-import').setInputFiles(exportedPath);
    await expect(options.getByTestId('notes-status')).toContainText('Imported your notes (1)');
    await expect(options.locator(`[data-note-id="${NOTE_ID}"]`)).toBeVisible();
    await expect(page.locator(`[data-konteks-entity="${NOTE_ID}"]`).first()).toBeAttached();
  });
});
