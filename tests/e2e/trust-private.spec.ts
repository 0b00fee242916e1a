import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from '@playwright/test';
import { ArticlePage } from './support/article-page.ts';
import { readShadowText } from './support/closed-shadow.ts';
import { EXTENSION_DIR, expect, test } from './support/extension.ts';
import { activeTabId, openPopup } from './support/extension-api.ts';

/**
 * Issue 7 point 3: private by default. Konteks makes no network request unless the reader
 * subscribes to a pack URL. A whole reading session is recorded request by request (pages,
 * extension pages and the service worker), and the built bundles are read for network APIs.
 */

const pack = (name: string) => fileURLToPath(new URL(`../fixtures/packs/${name}`, import.meta.url));

interface Seen {
  url: string;
  method: string;
  from: string;
}

test('a reading session sends nothing anywhere: every request stays on 127.0.0.1 or inside the extension', async ({
  context,
  page,
  fixtureUrl,
  optionsPage,
  serviceWorker,
  extensionId,
}) => {
  const seen: Seen[] = [];
  const record = (request: Request) => {
    const worker = request.serviceWorker();
    let from = 'page';
    if (worker) from = `worker ${worker.url()}`;
    else {
      try {
        from = request.frame().url();
      } catch {
        from = 'unknown';
      }
    }
    seen.push({ url: request.url(), method: request.method(), from });
  };
  context.on('request', record);

  // The service worker's own requests: Playwright reports them through the context in Chromium.
  // A control request made inside the worker proves the recording sees the worker at all.
  const control = await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome;
    const url = chrome.runtime.getURL('manifest.json?trust-control');
    await fetch(url);
    return url;
  });

  const article = new ArticlePage(page);
  await article.open(fixtureUrl('seed-article.html'));
  await article.mention('bashar-al-assad').hover();
  await expect.poll(() => readShadowText(page)).toContain('Assad');
  await page.keyboard.press('Escape');
  await article.open(fixtureUrl('fall-of-assad-en.html'));
  await page.locator('konteks-mention[data-konteks-entity="syria"]').first().hover();
  await expect.poll(() => readShadowText(page)).toContain('Syria');

  const options = await optionsPage();
  await options.getByTestId('import-file').setInputFiles(pack('karawang.json'));
  await expect(options.locator('[data-source-id="test-karawang"]')).toBeVisible();
  const seedSwitch = options.locator('[data-source-id="konteks-seed"] [data-testid="source-enabled"]');
  await seedSwitch.uncheck();
  await expect(seedSwitch).not.toBeChecked();
  await expect(page.locator('[data-konteks-entity="syria"]')).toHaveCount(0);
  await seedSwitch.check();
  await expect(seedSwitch).toBeChecked();
  await page.bringToFront();
  await expect(page.locator('[data-konteks-entity="syria"]').first()).toBeAttached();
  const tabId = await activeTabId(serviceWorker);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('popup-status')).toBeVisible();
  await page.bringToFront();
  await page.reload();
  await expect(page.locator('[data-konteks-entity]').first()).toBeAttached({ timeout: 10_000 });
  await page.waitForTimeout(500);

  context.off('request', record);
  const local = (url: string) =>
    url.startsWith('http://127.0.0.1:') ||
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url.startsWith('data:') ||
    url.startsWith('blob:');
  const outside = seen.filter((r) => !local(r.url));
  console.log(
    `[trust] ${seen.length} requests recorded: ${seen.filter((r) => r.url.startsWith('http://127.0.0.1')).length} to the fixture server, ` +
      `${seen.filter((r) => r.url.startsWith('chrome-extension://')).length} inside the extension, ` +
      `${seen.filter((r) => r.from.startsWith('worker')).length} from the service worker`,
  );
  expect(outside).toEqual([]);
  expect(seen.filter((r) => r.url.startsWith('http://127.0.0.1')).length).toBeGreaterThan(2);
  // The control request was seen, attributed to the worker: the worker is not a blind spot.
  expect(seen.filter((r) => r.url === control && r.from.startsWith('worker'))).toHaveLength(1);
  // Apart from the control, the worker fetched nothing.
  expect(seen.filter((r) => r.from.startsWith('worker') && r.url !== control)).toEqual([]);
});

/** The built extension's files, read from the build under test. */
const built = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
const NETWORK_APIS =
  /\bfetch\b|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts|WebTransport/g;
/** Vite's modulepreload polyfill: fetches the page's own <link rel="modulepreload"> chunks. */
const MODULEPRELOAD_POLYFILL =
  /function \w+\(\w+\)\{if\(\w+\.ep\)return;\w+\.ep=!0;const \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)\}/g;

test.describe('the built bundles hold no network API outside the options page', () => {
  test.skip(
    !existsSync(join(EXTENSION_DIR, 'manifest.json')),
    `no build at ${EXTENSION_DIR}: run \`npx wxt build -b chrome\` first`,
  );

  test('background and content script: no fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource', () => {
    const manifest = JSON.parse(built('manifest.json'));
    const files = [
      manifest.background.service_worker as string,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ];
    // bind-extension-apis.js: one statement that touches `chrome` at document_start (wxt.config.ts).
    expect(files).toEqual(['background.js', 'bind-extension-apis.js', 'content-scripts/content.js']);
    expect(
      built('bind-extension-apis.js')
        .replace(/\/\/.*$/gm, '')
        .trim(),
    ).toBe('void globalThis.chrome;');
    for (const file of files.filter((f) => f !== 'bind-extension-apis.js')) {
      const code = built(file);
      expect(code.length, file).toBeGreaterThan(1000);
      // Self-contained: a classic service worker and content script import no other chunk.
      expect(code, file).not.toMatch(/\bimport\s*\(|from\s*"\.\//);
      expect(code.match(NETWORK_APIS) ?? [], file).toEqual([]);
    }
  });

  test('popup: only Vite’s modulepreload helper, which fetches the popup’s own chunks', () => {
    const html = built('popup.html');
    const chunks = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(chunks.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const queue = [...chunks];
    while (queue.length > 0) {
      const file = queue.shift() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = built(file);
      for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) queue.push(`chunks/${m[1]}`);
      const rest = code.replace(MODULEPRELOAD_POLYFILL, '');
      expect(rest.match(NETWORK_APIS) ?? [], file).toEqual([]);
    }
    console.log(`[trust] popup chunks read: ${[...seen].join(', ')}`);
  });

  test('the manifest asks for storage only, with host access optional (a subscribed pack’s origin)', () => {
    const manifest = JSON.parse(built('manifest.json'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(readdirSync(EXTENSION_DIR)).toContain('background.js');
  });
});
