import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';

/**
 * Reads extension state through the service worker, which runs in the extension's origin.
 * The `chrome` global exists only there, so it is reached through globalThis inside evaluate().
 */
interface ChromeInWorker {
  tabs: { query(filter: { active?: boolean }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

export async function activeTabId(worker: Worker): Promise<number> {
  const id = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    return (await chrome.tabs.query({ active: true }))[0]?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => {
    const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Stores reader settings directly (what the options page saves), for tests of their effect. */
export async function storeSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (value) => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
      }
    ).chrome;
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

/** Opens the toolbar popup as a page, for the tab `tabId` (see activeTabId), once it shows its status. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('popup-status')).toBeVisible();
  return popup;
}
