import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/extension.ts';

const pack = (name: string) => fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url));

test.describe('options: your data', () => {
  test('backup, reset with confirmation, and restore bring back sources and settings', async ({
    optionsPage,
  }) => {
    const options = await optionsPage();
    await expect(options.getByTestId('storage-used')).toContainText('storage');
    await options.getByTestId('import-file').setInputFiles(pack('karawang.json'));
    const karawang = options.locator('[data-source-id="test-karawang"]');
    await expect(karawang).toBeVisible();
    await options.getByTestId('mention-policy-every').check();
    await expect(options.getByTestId('display-status')).toContainText('Saved.');

    const download = options.waitForEvent('download');
    await options.getByTestId('backup').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^konteks-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = join(tmpdir(), `konteks-e2e-${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(backupPath);
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    expect(backup.sources.map((s: { pack: { id: string } }) => s.pack.id)).toEqual(['test-karawang']);

    // Cancel first: nothing happens, focus returns to the Reset button.
    await options.getByTestId('reset').click();
    await expect(options.getByTestId('reset-cancel')).toBeFocused();
    await options.keyboard.press('Enter');
    await expect(options.getByTestId('reset')).toBeFocused();
    await expect(karawang).toBeVisible();

    await options.getByTestId('reset').click();
    await options.getByTestId('reset-confirm').click();
    await expect(options.getByTestId('data-status')).toContainText('reset');
    await expect(karawang).toHaveCount(0);
    await expect(options.getByTestId('mention-policy-first')).toBeChecked();

    await options.getByTestId('restore-file').setInputFiles(backupPath);
    await expect(options.getByTestId('data-status')).toContainText('Restored the backup');
    await expect(karawang).toBeVisible();
    await expect(options.getByTestId('mention-policy-every')).toBeChecked();
  });

  test('a broken backup is refused with its field path and nothing changes', async ({ optionsPage }) => {
    const options = await optionsPage();
    await options.getByTestId('import-file').setInputFiles(pack('karawang.json'));
    await expect(options.locator('[data-source-id="test-karawang"]')).toBeVisible();
    const download = options.waitForEvent('download');
    await options.getByTestId('backup').click();
    const backup = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    // The backup's pack is valid; the second source added here is not (an alias that is a number).
    const broken = structuredClone(backup.sources[0]);
    broken.pack.id = 'test-broken';
    broken.pack.entities[0].id = 'karawang-2';
    broken.pack.entities[0].aliases[0].text = 42;
    backup.sources.push(broken);
    const brokenPath = join(tmpdir(), `konteks-e2e-broken-${Date.now()}.json`);
    await writeFile(brokenPath, JSON.stringify(backup));

    const rows = options.locator('[data-source-id]');
    const before = await rows.allInnerTexts();
    await options.getByTestId('restore-file').setInputFiles(brokenPath);
    const status = options.getByTestId('data-status');
    await expect(status).toContainText('sources[1].pack.entities[0].aliases[0].text');
    await expect(status).toContainText('Nothing was changed.');
    await options.reload();
    await expect(rows).toHaveCount(before.length);
    expect(await rows.allInnerTexts()).toEqual(before);
  });
});
