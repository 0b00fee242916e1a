import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { activateInCard, readShadowText } from './support/closed-shadow.ts';
import { expect, FIXTURES_DIR, test } from './support/extension.ts';

const seedArticle = readFileSync(join(FIXTURES_DIR, 'seed-article.html'), 'utf8');
const ARTICLE_URL = 'https://www.inews.id/news/internasional/suriah-aleppo';

/**
 * Activates a control in the card until `done` holds. The card ignores clicks until the browser has
 * confirmed it is really visible (IntersectionObserver v2, ~100 ms after each render): a reader
 * cannot act faster than that, a test can, so it tries again rather than waiting a fixed time.
 */
async function activateUntil(page: Page, name: string, value: string, done: () => Promise<unknown>) {
  await expect(async () => {
    await activateInCard(page, name, value);
    await done();
  }).toPass({ intervals: [150, 250, 500] });
}

/** Opens the card of an entity's first mention with the keyboard, then its "Wrong match?" choices. */
async function openWrongMatch(page: Page, entityId: string): Promise<void> {
  const mention = page.locator(`konteks-mention[data-konteks-entity="${entityId}"][tabindex="0"]`).first();
  await mention.focus();
  await page.keyboard.press('Enter');
  // The card speaks the page's language (the seed article is Indonesian).
  await expect.poll(() => readShadowText(page)).toMatch(/Wrong match\?|Salah cocok\?/);
  await activateUntil(page, 'class', 'wrong-toggle', async () =>
    expect(await readShadowText(page)).toMatch(/Not this — on this site|Bukan ini — di situs ini/),
  );
}

const marked = (page: Page, entityId: string) => page.locator(`[data-konteks-entity="${entityId}"]`);

/** Opens the seed article as if on www.inews.id (served by the test), once `entityId` is marked there. */
async function openAsInews(page: Page, context: BrowserContext, entityId: string): Promise<void> {
  await context.route('https://www.inews.id/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: seedArticle }),
  );
  await page.goto(ARTICLE_URL);
  await expect(marked(page, entityId).first()).toBeAttached({ timeout: 10_000 });
}

test.describe('wrong match', () => {
  test('"not this — on this site" unmarks the name at once, stays after a reload, and is undone in options', async ({
    page,
    context,
    optionsPage,
    fixtureUrl,
  }) => {
    await openAsInews(page, context, 'sana');
    await openWrongMatch(page, 'sana');
    // The page follows without a reload; the other names stay marked.
    await activateUntil(page, 'data-choice', 'not-here', () =>
      expect(marked(page, 'sana')).toHaveCount(0, { timeout: 1500 }),
    );
    await expect(marked(page, 'syria').first()).toBeAttached();
    await page.reload();
    await expect(marked(page, 'syria').first()).toBeAttached({ timeout: 10_000 });
    await expect(marked(page, 'sana')).toHaveCount(0);
    // Only on this site: the same article elsewhere still marks it.
    const elsewhere = await context.newPage();
    await elsewhere.goto(fixtureUrl('seed-article.html'));
    await expect(marked(elsewhere, 'sana').first()).toBeAttached({ timeout: 10_000 });
    await elsewhere.close();

    const options = await optionsPage();
    const choice = options.getByTestId('match-choice');
    await expect(choice).toHaveCount(1);
    await expect(choice).toContainText('SANA');
    await expect(choice).toContainText('www.inews.id');
    await choice.getByRole('button', { name: /Undo “SANA”/ }).click();
    await expect(options.getByTestId('choices-notice').getByRole('status')).toContainText('SANA');
    await expect(options.getByTestId('match-choice')).toHaveCount(0);

    await page.reload();
    await expect(marked(page, 'sana').first()).toBeAttached({ timeout: 10_000 });
  });

  test('"not this — everywhere" holds on other sites too', async ({ page, context, fixtureUrl }) => {
    await openAsInews(page, context, 'telegram');
    await openWrongMatch(page, 'telegram');
    await activateUntil(page, 'data-choice', 'not-anywhere', () =>
      expect(marked(page, 'telegram')).toHaveCount(0, { timeout: 1500 }),
    );
    await page.goto(fixtureUrl('seed-article.html'));
    await expect(marked(page, 'syria').first()).toBeAttached({ timeout: 10_000 });
    await expect(marked(page, 'telegram')).toHaveCount(0);
  });

  test('the notice after a choice offers Undo, which marks the name again at once', async ({
    page,
    context,
  }) => {
    await openAsInews(page, context, 'sana');
    await openWrongMatch(page, 'sana');
    await activateUntil(page, 'data-choice', 'not-here', () =>
      expect(marked(page, 'sana')).toHaveCount(0, { timeout: 1500 }),
    );
    await expect
      .poll(() => readShadowText(page))
      .toMatch(/no longer marks “SANA”|tidak lagi menandai “SANA”/);
    await activateUntil(page, 'class', 'choice undo', () =>
      expect(marked(page, 'sana').first()).toBeAttached({ timeout: 1500 }),
    );
    await expect.poll(() => readShadowText(page)).toMatch(/Undone|Dibatalkan/);
  });

  test('"it’s this one instead" settles an ambiguous name on that page', async ({
    page,
    fixtureUrl,
    optionsPage,
  }) => {
    await page.goto(fixtureUrl('assad-unsure.html'));
    const mention = page.locator('#only konteks-mention[tabindex="0"]');
    await expect(mention).toHaveAttribute('data-konteks-candidates', /\S/);
    const first = (await mention.getAttribute('data-konteks-entity')) as string;
    const other = first === 'bashar-al-assad' ? 'hafez-al-assad' : 'bashar-al-assad';
    await openWrongMatch(page, first);
    await activateUntil(page, 'data-entity-id', other, () =>
      expect(page.locator('#only konteks-mention[tabindex="0"]')).toHaveAttribute(
        'data-konteks-entity',
        other,
        {
          timeout: 1500,
        },
      ),
    );
    await expect(page.locator('#only konteks-mention[tabindex="0"]')).not.toHaveAttribute(
      'data-konteks-candidates',
      /\S/,
    );
    await page.reload();
    await expect(page.locator('#only konteks-mention[tabindex="0"]')).toHaveAttribute(
      'data-konteks-entity',
      other,
      {
        timeout: 10_000,
      },
    );
    const options = await optionsPage();
    await expect(options.getByTestId('match-choice')).toContainText(
      /means .* on 127\.0\.0\.1\/assad-unsure\.html/,
    );
  });
});
