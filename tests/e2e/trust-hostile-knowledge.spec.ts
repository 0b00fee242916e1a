import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readShadowText, shadowLinks } from './support/closed-shadow.ts';
import { expect, test } from './support/extension.ts';
import { cardShadowElements } from './support/trust-shadow.ts';

/**
 * Issue 7 point 1: knowledge is text, never markup. tests/fixtures/packs/hostile.json holds
 * <script>, <img onerror>, <svg onload>, <iframe>, javascript: anchors and CSS in every text a card
 * shows; imported and hovered, the card must show them literally and build none of them.
 */
const HOSTILE = fileURLToPath(new URL('../fixtures/packs/hostile.json', import.meta.url));
const pack = JSON.parse(readFileSync(HOSTILE, 'utf8'));
const entity = pack.entities[0];

/** Texts of the pack a card shows, each holding a payload (whitespace as the card renders it). */
const SHOWN = [
  entity.names.en,
  entity.descriptions.en,
  entity.summaries.en,
  entity.facts[0].label.en,
  entity.facts[1].label.en,
  pack.citations[0].title,
  pack.citations[1].title,
] as string[];

test('a pack whose texts are HTML, script and CSS payloads shows them as plain text', async ({
  page,
  fixtureUrl,
  optionsPage,
}) => {
  const options = await optionsPage();
  await options.getByTestId('import-file').setInputFiles(HOSTILE);
  const row = options.locator('[data-source-id="test-hostile"]');
  await expect(row).toBeVisible();
  // The options page shows the pack's name as text too.
  await expect(row).toContainText('<script>window.__konteksPwned="script"</script>');
  expect(
    await options.evaluate(() => document.querySelectorAll('script:not([src]), img, svg, iframe').length),
  ).toBe(0);

  await page.bringToFront();
  await page.goto(fixtureUrl('trust/hostile-knowledge.html'));
  const mention = page.locator('konteks-mention[data-konteks-entity="zorblaxia"]').first();
  await expect(mention).toBeAttached({ timeout: 10_000 });
  await mention.hover();
  await expect.poll(() => readShadowText(page)).toContain('Zorblaxia');
  await expect.poll(() => readShadowText(page)).toContain('Second fact');

  const text = await readShadowText(page);
  for (const shown of SHOWN) expect(text, `card text holds ${shown}`).toContain(shown);

  const elements = (await cardShadowElements(page)) ?? [];
  const names = elements.map((e) => e.name);
  expect(names.length).toBeGreaterThan(10);
  expect(names.filter((n) => n === 'STYLE')).toHaveLength(1);
  for (const banned of ['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'EMBED', 'OBJECT', 'LINK', 'CIRCLE', 'FORM'])
    expect(names, banned).not.toContain(banned);
  // No element carries an event handler attribute or an inline style from the pack.
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      expect(name.startsWith('on'), `${element.name} ${name}`).toBe(false);
      expect(value, `${element.name}[${name}]`).not.toMatch(/javascript:|<script|onerror/i);
    }
  }
  // The links are the citations' own http(s) URLs, nothing from the titles.
  const links = await shadowLinks(page);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link).toMatch(/^https:\/\/example\.org\//);
  // And nothing ran, in the page's own world.
  expect(await page.evaluate(() => (window as unknown as { __konteksPwned?: unknown }).__konteksPwned)).toBe(
    undefined,
  );
  expect(await page.locator('img, svg, iframe').count()).toBe(0);
});
