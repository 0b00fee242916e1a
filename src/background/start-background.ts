import { browser } from 'wxt/browser';
import { ensureBundledPacks } from '../kb/bundled-packs';
import { type KonteksDB, openKnowledgeBase } from '../kb/db';
import { createMatcherCache } from '../kb/matcher-cache';
import { kbRevision } from '../messaging/kb-revision';
import { loadTimings } from '../messaging/load-timings';
import { handleMessage } from './handle-message';
import { forwardShortcut } from './shortcut';

/**
 * Wires the knowledge base to the message channel. Nothing lives only in globals that cannot be
 * rebuilt: the service worker may be stopped at any time and restarted by the next message.
 */
export function startBackground(): void {
  let ready: Promise<KonteksDB> | undefined;
  const db = () => {
    ready ??= openKnowledgeBase().then(async (opened) => {
      const started = performance.now();
      const bundled = await ensureBundledPacks(opened);
      if (!bundled.ok) console.error('Konteks:', bundled.error.message);
      else if (bundled.value.length > 0) {
        const installMs = performance.now() - started;
        void loadTimings.setValue({ at: Date.now(), installed: bundled.value, installMs });
      }
      return opened;
    });
    return ready;
  };
  let matcherCache: ReturnType<typeof createMatcherCache> | undefined;
  let lastMatcher: unknown;
  const matcher = async () => {
    matcherCache ??= createMatcherCache(await db(), browser.runtime.getManifest().version);
    const started = performance.now();
    const cached = await matcherCache();
    if (cached.matcher !== lastMatcher) {
      // A matcher this worker built or restored just now: how long that took, for `npm run bench`.
      lastMatcher = cached.matcher;
      const ms = performance.now() - started;
      const timings = await loadTimings.getValue();
      if (timings) {
        void loadTimings.setValue({
          ...timings,
          matcherMs: timings.matcherMs ?? ms,
          aliasCount: cached.matcher.size,
          lastMatcher: { ms, from: cached.from ?? 'built' },
        });
      }
    }
    return cached;
  };
  const deps = {
    db,
    matcher,
    extensionOrigin: browser.runtime.getURL('/'),
    onKnowledgeChanged: (revision: number) => void kbRevision.setValue(revision),
    showCount: (tabId: number, count: number) => showCount(tabId, count),
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, deps).then(sendResponse);
    return true;
  });
  browser.commands?.onCommand.addListener((command) => void forwardShortcut(command, browser.tabs));
  // Load the bundled packs right away on install/update instead of on the first page visit.
  void db();
}

/** The number of entities marked on a tab, on the toolbar button (blank when there are none). */
async function showCount(tabId: number, count: number): Promise<void> {
  // Firefox MV2 names it browserAction; Chrome MV3 action.
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#3f5f8a' });
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}
