import type { RequestOf } from '../messaging/protocol';

/** The command in the manifest (wxt.config.ts): Alt+Shift+K opens the card of the next marked name. */
export const NEXT_NAME_COMMAND = 'next-name';

/** What the shortcut needs of `browser.tabs`. */
export interface ShortcutTabs {
  query(filter: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * The keyboard shortcut, from the background: asks the active tab's content script to open the
 * card of the next name it marked. A tab Konteks does not run in (a browser page, a PDF) has no
 * one to answer, and the shortcut does nothing there.
 */
export async function forwardShortcut(command: string, tabs: ShortcutTabs): Promise<void> {
  if (command !== NEXT_NAME_COMMAND) return;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const request: RequestOf<'reveal-next'> = { type: 'reveal-next' };
  await tabs.sendMessage(tab.id, request).catch(() => undefined);
}
