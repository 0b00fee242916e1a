import { expect, test } from './support/extension.ts';

/** About 1 MB of article text: names are spread through it, the last one at the very end. */
function largeArticle(): string {
  const paragraph =
    'Laporan terbaru menyebutkan situasi di wilayah utara berubah cepat. Para analis menilai dampaknya ' +
    'akan terasa di seluruh kawasan, dan warga menunggu kabar berikutnya dari pemerintah setempat. ';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const text = i % 400 === 0 ? `${paragraph} Pasukan Rusia terlihat di dekat Aleppo.` : paragraph;
    parts.push(`<p>${text}</p>`);
    size += text.length;
  }
  parts.push('<p id="last">Akhirnya, Suriah.</p>');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Besar</title></head><body><button id="probe">probe</button>${parts.join('')}</body></html>`;
}

test('a page with 1 MB of text is annotated to the end and stays responsive meanwhile', async ({
  page,
  fixtureUrl,
}) => {
  const url = fixtureUrl('large-generated.html');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: largeArticle() }));
  await page.goto(url);
  await page.evaluate(() => {
    (window as unknown as { clicks: number }).clicks = 0;
    document.getElementById('probe')?.addEventListener('click', () => {
      (window as unknown as { clicks: number }).clicks++;
    });
  });
  // The page answers its own events while Konteks works through the text in slices.
  await page.locator('#probe').click();
  expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
  await expect(page.locator('#last [data-konteks-entity="syria"]')).toBeAttached({ timeout: 20_000 });
  await expect(page.locator('[data-konteks-entity="russia"]')).toHaveCount(1);
});
