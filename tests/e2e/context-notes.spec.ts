import { ArticlePage } from './support/article-page.ts';
import { readShadowText, shadowLinks } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';

/**
 * Issue 9, point 3: Konteks's own context notes (seeds/konteks-seed.json `notes`) on the seed
 * article: a marker after each phrase, once per note, opening the same card as fact-checks.
 */
test.describe('context notes on the seed article', () => {
  test('mark "sejak 10 tahun lalu", the renaming of Jabhat Al Nusra and "Komando Umum Suriah", sourced', async ({
    page,
    fixtureUrl,
  }) => {
    const article = new ArticlePage(page);
    await article.open(fixtureUrl('seed-article.html'));
    const notes = page.locator('konteks-mark[data-konteks-mark="note"]');
    await expect(notes).toHaveCount(3);
    const before = await notes.evaluateAll((marks) =>
      marks.map((mark) => {
        const range = document.createRange();
        range.setStart(mark.parentElement as Node, 0);
        range.setEndBefore(mark);
        return range.toString().slice(-40);
      }),
    );
    expect(before[0]).toMatch(/sejak 10 tahun lalu$/);
    expect(before[1]).toMatch(/^Komando Umum Suriah$/);
    expect(before[2]).toMatch(/dari kelompok lama Jabhat Al Nusra$/);
    // The entity mention inside the phrase is still marked, and the page's text is unchanged.
    await expect(page.locator('[data-konteks-entity="jabhat-al-nusra"]').first()).toBeAttached();
    await expect(page.locator('body')).toContainText('nama baru dari kelompok lama Jabhat Al Nusra. Sebelum');

    const since = notes.nth(0);
    await since.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('Maret 2011');
    expect(await readShadowText(page)).toContain('13 tahun');
    expect(await shadowLinks(page)).toContain('https://en.wikipedia.org/wiki/Syrian_civil_war');
    await page.keyboard.press('Escape');
    await expect(since).toBeFocused();

    await notes.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readShadowText(page)).toContain('Jabhat Fateh al-Sham');
    const renamed = await readShadowText(page);
    expect(renamed).toContain('Juli 2016');
    expect(renamed).toContain('Januari 2017');
    expect(await shadowLinks(page)).toEqual(
      expect.arrayContaining([
        'https://en.wikipedia.org/wiki/Al-Nusra_Front',
        'https://en.wikipedia.org/wiki/Hay%27at_Tahrir_al-Sham',
      ]),
    );
  });
});
