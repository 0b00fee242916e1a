import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, extensionLaunchArgs } from '../../scripts/chromium-path.ts';
import { test as base, EXTENSION_DIR, expect } from './support/extension.ts';

base.describe('options: accessible, responsive, dark', () => {
  const test = base;

  test('every control has a name, and the sections are reachable from the page’s navigation', async ({
    optionsPage,
  }) => {
    const options = await optionsPage();
    const controls = options.locator('main').locator('input, select, textarea, button');
    const count = await controls.count();
    expect(count).toBeGreaterThan(25);
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      if (!(await control.isVisible())) continue;
      await expect(control).toHaveAccessibleName(/\S/);
    }
    await options.getByRole('navigation').getByRole('link', { name: 'My notes' }).click();
    await expect(options).toHaveURL(/#notes-heading$/);
  });

  test('fits a phone’s width without sideways scrolling, and follows dark mode', async ({ optionsPage }) => {
    const options = await optionsPage();
    await options.setViewportSize({ width: 360, height: 740 });
    await options.getByTestId('browse-source').selectOption('konteks-seed');
    await options.locator('[data-entity-id="aleppo"]').click();
    await expect(options.getByTestId('card-preview').locator('.card')).toContainText('Aleppo');
    const overflow = await options.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(31, 35, 40)');
  });
});

base.describe('options in Indonesian', () => {
  const test = base.extend({
    // A browser whose language is Indonesian: the options page follows it.
    context: async ({ hasTouch }, use) => {
      const profile = await mkdtemp(join(tmpdir(), 'konteks-e2e-id-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        hasTouch,
        locale: 'id-ID',
        args: [...extensionLaunchArgs(EXTENSION_DIR), '--lang=id'],
      });
      await use(context);
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  });

  test('headings, choices and messages are in Indonesian', async ({ optionsPage }) => {
    const options = await optionsPage();
    await expect(options.locator('html')).toHaveAttribute('lang', 'id');
    await expect(options.getByRole('heading', { level: 2 })).toHaveText([
      'Sumber pengetahuan',
      'Jelajahi sumber',
      'Catatan saya',
      'Salah cocok',
      'Tampilan',
      'Situs',
      'Data Anda',
    ]);
    await options.getByTestId('note-name').fill(' ');
    await options.getByTestId('note-save').click();
    await expect(options.getByTestId('notes-status')).toContainText('Catatan tidak disimpan');
    await options.getByTestId('mention-policy-every').check();
    await expect(options.getByTestId('display-status')).toContainText('Tersimpan.');
  });
});
