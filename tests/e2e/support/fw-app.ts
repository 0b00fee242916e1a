import { expect, type Page } from '@playwright/test';

/** The framework fixture apps built by tests/e2e/global-setup.ts (served from tests/fixtures/apps/dist). */
export const FRAMEWORK_APPS = [
  { name: 'react-news', label: 'React 19 (development build)', marking: 'highlight' },
  { name: 'react-news-prod', label: 'React 19 (production build)', marking: 'highlight' },
  { name: 'preact-news', label: 'Preact', marking: 'highlight' },
  // A mount point Konteks does not recognise: the app is wrapped, so the wrapping path meets React.
  { name: 'react-news-wrapped', label: 'React 19 with an unrecognised mount point', marking: 'wrap' },
] as const;

/** Parts of the app whose text changes after load, by test id. */
export type Changing = 'live' | 'ticker' | 'status' | 'replaced';

/** What the app last rendered (published by each render's layout effect, see shared/news-app.jsx). */
export interface AppState {
  hydrated: boolean;
  renders: number;
  n: number;
  expanded: boolean;
  version: number;
  swapped: boolean;
  paused: boolean;
  reports: number;
  expected: Record<Changing, string>;
}

/** Console errors and warnings and uncaught page errors, as they arrive. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Problems seen with Konteks on that the same steps did not cause with it off (numbers ignored). */
export function newProblems(on: readonly string[], off: readonly string[]): string[] {
  const normalise = (text: string) => text.replace(/\d+/g, 'N');
  const known = new Set(off.map(normalise));
  return on.filter((problem) => !known.has(normalise(problem)));
}

export function appState(page: Page): Promise<AppState | undefined> {
  return page.evaluate(() => (window as unknown as { fwApp?: AppState }).fwApp);
}

export async function waitForHydration(page: Page): Promise<void> {
  await expect.poll(() => appState(page).then((s) => s?.hydrated ?? false)).toBe(true);
}

/**
 * The DOM text of a changing part and what the app rendered there, read in one synchronous step;
 * `html` is the part's markup, for the failure message.
 */
export function textAndExpected(
  page: Page,
  part: Changing,
): Promise<{ text: string; expected: string; html: string }> {
  return page.evaluate((id) => {
    const app = (window as unknown as { fwApp: { expected: Record<string, string> } }).fwApp;
    const element = document.querySelector(`[data-testid="${id}"]`);
    return {
      text: element?.textContent ?? '',
      expected: app.expected[id] ?? '',
      html: element?.outerHTML ?? '',
    };
  }, part);
}

/** Stops the app's 300 ms ticker, so a test measures one change at a time. */
export async function pauseLiveUpdates(page: Page): Promise<void> {
  await page.getByTestId('pause').click();
  await expect.poll(() => appState(page).then((s) => s?.paused)).toBe(true);
}

/** Waits until the live counter has ticked `ticks` more times. */
export async function waitForTicks(page: Page, ticks: number): Promise<void> {
  const from = (await appState(page))?.n ?? 0;
  await expect.poll(() => appState(page).then((s) => s?.n ?? 0)).toBeGreaterThanOrEqual(from + ticks);
}

/** The same clicks on every run: read more, three updates, the status swapped and back. */
export async function exerciseApp(page: Page): Promise<void> {
  await waitForTicks(page, 3);
  await page.getByTestId('read-more').click();
  await expect(page.getByTestId('more').locator('p')).toHaveCount(2);
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('next').click();
    await page.waitForTimeout(400);
  }
  await page.getByTestId('swap').click();
  await page.waitForTimeout(400);
  await page.getByTestId('swap').click();
  await page.getByTestId('refresh').click();
  await page.getByTestId('read-more').click();
  await page.getByTestId('read-more').click();
  await waitForTicks(page, 3);
}
