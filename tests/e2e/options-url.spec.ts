import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { type StaticServer, serveFolder } from '../../scripts/static-server.ts';
import { expect, test } from './support/extension.ts';

/**
 * The packs live in tests/fixtures/packs/subscription; each test serves a copy of one of them at a
 * fixed address with the project's static server, and swaps the file to publish an "update".
 * Chromium's permission prompt is browser UI a test cannot click, so the page's
 * chrome.permissions.request is replaced with a recorder that answers as the reader would.
 */
const FIXTURE = (name: string) =>
  fileURLToPath(new URL(`../fixtures/packs/subscription/${name}`, import.meta.url));

let dir: string;
let server: StaticServer;
let packUrl: string;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'konteks-packs-'));
  await copyFile(FIXTURE('v1.json'), join(dir, 'pack.json'));
  server = await serveFolder(dir);
  packUrl = new URL('pack.json', server.origin).href;
});

test.afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const publish = (name: string) => copyFile(FIXTURE(name), join(dir, 'pack.json'));

async function answerPermissions(page: Page, grant: boolean): Promise<void> {
  await page.context().addInitScript((answer: boolean) => {
    const w = window as unknown as { chrome?: { permissions?: object }; __asked?: unknown[] };
    if (!w.chrome?.permissions) return;
    w.__asked = [];
    Object.defineProperty(w.chrome.permissions, 'request', {
      value: async (permissions: unknown) => {
        w.__asked?.push(permissions);
        return answer;
      },
    });
  }, grant);
}

const asked = (page: Page) => page.evaluate(() => (window as unknown as { __asked: unknown[] }).__asked);

test.describe('options: packs from a URL', () => {
  test('subscribe asks for that origin only, then an update is previewed before it is applied', async ({
    context,
    optionsPage,
  }) => {
    await answerPermissions(await context.newPage(), true);
    const options = await optionsPage();
    const status = options.getByTestId('subscribe-status');

    await options.getByTestId('subscribe-url').fill('ftp://example.org/pack.json');
    await options.getByTestId('subscribe-submit').click();
    await expect(options.getByTestId('subscribe-url')).toHaveAttribute('aria-invalid', 'true');
    await expect(options.getByTestId('subscribe-url')).toBeFocused();
    expect(await asked(options)).toEqual([]);

    await options.getByTestId('subscribe-url').fill(packUrl);
    await options.getByTestId('subscribe-submit').click();
    await expect(status).toContainText('Subscribed to Test subscription (version 1.0.0)');
    expect(await asked(options)).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    const row = options.locator('[data-source-id="test-subscription"]');
    await expect(row).toContainText('Web address');
    await expect(row).toContainText(packUrl);
    await expect(row).toContainText('1.0.0');

    const check = options.locator('[data-subscription="test-subscription"]').getByTestId('check-updates');
    await check.click();
    await expect(status).toContainText('is up to date');

    await publish('v2.json');
    await check.click();
    const preview = options.getByTestId('update-preview');
    await expect(preview).toContainText('1.0.0 → 1.1.0');
    await expect(preview.getByTestId('update-added')).toContainText('Gamma Test Region');
    await expect(preview.getByTestId('update-changed')).toContainText('Alpha Test Region');
    await expect(preview.getByTestId('update-removed')).toContainText('Beta Test Region');
    // Nothing is applied by looking.
    await expect(row).toContainText('1.0.0');
    await preview.getByTestId('update-apply').click();
    await expect(status).toContainText('Updated Test subscription to version 1.1.0');
    await expect(row).toContainText('1.1.0');
    await expect(check).toBeFocused();
  });

  test('an update that fails half-way, or a download cut short, leaves the old pack intact', async ({
    context,
    optionsPage,
  }) => {
    await answerPermissions(await context.newPage(), true);
    const options = await optionsPage();
    const status = options.getByTestId('subscribe-status');
    await options.getByTestId('subscribe-url').fill(packUrl);
    await options.getByTestId('subscribe-submit').click();
    await expect(status).toContainText('Subscribed');
    const row = options.locator('[data-source-id="test-subscription"]');
    const before = (await row.textContent()) ?? '';
    const check = options.locator('[data-subscription="test-subscription"]').getByTestId('check-updates');

    // Valid on its own, but its second entity's id belongs to the bundled seed: the install
    // transaction has already started writing when it is refused, and is rolled back.
    await publish('v2-id-taken.json');
    await check.click();
    await options.getByTestId('update-preview').getByTestId('update-apply').click();
    await expect(status).toContainText('entities[1].id');
    await expect(status).toContainText('Nothing was changed.');

    await publish('v2-truncated.json');
    await check.click();
    await expect(status).toContainText('not valid JSON');
    await expect(status).toContainText('Nothing was changed.');

    await options.reload();
    await expect(row).toHaveText(before);
    const browse = options.getByTestId('browse');
    await browse.getByTestId('browse-source').selectOption('test-subscription');
    await expect(browse.getByTestId('browse-count')).toContainText('Showing 2 of 2');
    await expect(browse.locator('[data-entity-id="sub-beta"]')).toBeVisible();
  });

  test('when the reader refuses the permission, nothing is downloaded or installed', async ({
    context,
    optionsPage,
  }) => {
    await answerPermissions(await context.newPage(), false);
    const options = await optionsPage();
    await options.getByTestId('subscribe-url').fill(packUrl);
    await options.getByTestId('subscribe-submit').click();
    await expect(options.getByTestId('subscribe-status')).toContainText('the permission was not given');
    await expect(options.locator('[data-source-id="test-subscription"]')).toHaveCount(0);
  });
});
