/**
 * `npm run demo`: serves the bundled demo article on 127.0.0.1 and opens it in Chromium with the
 * freshly built extension. With a display it leaves a window open for the reader; without one it
 * runs headless, writes screenshots to demo-output/ and prints the entities it spotted.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumPath, extensionLaunchArgs } from './chromium-path.ts';
import { serveFolder } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = process.env.KONTEKS_EXTENSION_DIR ?? join(root, '.output/chrome-mv3');
const articlesDir = join(root, 'tests/fixtures');
const outputDir = join(root, 'demo-output');
const SEED_ARTICLE = 'seed-article.html';

interface Spotted {
  entity: string;
  text: string;
  count: number;
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  const server = await serveFolder(articlesDir);
  const profile = await mkdtemp(join(tmpdir(), 'konteks-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: !headed,
    viewport: { width: 1200, height: 860 },
    args: extensionLaunchArgs(extensionDir),
  });
  const cleanUp = async () => {
    await context.close().catch(() => {});
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    const articleUrl = new URL(SEED_ARTICLE, server.origin).href;
    await page.goto(articleUrl);
    await page.locator('[data-konteks-entity]').first().waitFor({ state: 'attached', timeout: 15_000 });
    const spotted = await spottedEntities(page);
    printTable(articleUrl, spotted);
    if (spotted.length === 0) throw new Error('Konteks marked nothing on the seed article.');
    if (headed) {
      console.log(
        '\nA Chromium window is open with Konteks loaded: hover a dotted name. Close the window to stop.',
      );
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
    } else {
      await writeScreenshots(context, page, extensionId);
    }
  } finally {
    await cleanUp();
  }
}

async function spottedEntities(page: Page): Promise<Spotted[]> {
  return page.$$eval('[data-konteks-entity]', (elements) => {
    const byEntity = new Map<string, { entity: string; text: string; count: number }>();
    for (const element of elements) {
      const entity = element.getAttribute('data-konteks-entity') ?? '';
      const row = byEntity.get(entity) ?? { entity, text: element.textContent ?? '', count: 0 };
      row.count++;
      byEntity.set(entity, row);
    }
    return [...byEntity.values()];
  });
}

function printTable(url: string, spotted: Spotted[]): void {
  console.log(`\nKonteks spotted ${spotted.length} entities on ${url}\n`);
  console.table(spotted.map((row) => ({ entity: row.entity, 'first seen as': row.text, marked: row.count })));
}

async function writeScreenshots(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, 'annotated-page.png') });
  const mention = page
    .locator('konteks-mention[data-konteks-entity="bashar-al-assad"][tabindex="0"]')
    .first();
  await mention.hover();
  // The card lives in a closed shadow root; it shows once its host has a laid-out child.
  await page.waitForTimeout(900);
  await page.screenshot({ path: join(outputDir, 'card-open.png') });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('[data-source-id]').first().waitFor();
  await options.screenshot({ path: join(outputDir, 'options.png'), fullPage: true });
  console.log(
    `\nScreenshots: ${['annotated-page.png', 'card-open.png', 'options.png'].map((f) => join('demo-output', f)).join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(`\nThe demo failed: ${(error as Error)?.message ?? error}`);
  process.exit(1);
});
