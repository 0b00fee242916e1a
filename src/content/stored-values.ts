import { browser } from 'wxt/browser';
import { readSettings, type Settings } from '../settings/settings';

/**
 * The two stored values a page needs, read straight from `storage.local`: the reader's settings
 * and the knowledge base's revision. Extension pages keep using @wxt-dev/storage (settings-store.ts,
 * kb-revision.ts write under these same keys); the content script, which loads on every page,
 * spares its ~2.5 KB gzipped for these two reads.
 */
const SETTINGS_KEY = 'settings';
const REVISION_KEY = 'kbRevision';
/** The reader's wrong-match choices (src/wrong-match/choices-store.ts): a change rescans like new knowledge. */
const CHOICES_KEY = 'wrongMatches';

export async function loadPageSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

type StorageChanges = Record<string, { newValue?: unknown }>;

/** Calls back on changes of the settings or of the knowledge base; returns the unwatch function. */
export function watchStoredValues(handlers: {
  onSettings: (settings: Settings) => void;
  onRevision: () => void;
}): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    if (SETTINGS_KEY in changes) handlers.onSettings(readSettings(changes[SETTINGS_KEY]?.newValue));
    if (REVISION_KEY in changes || CHOICES_KEY in changes) handlers.onRevision();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
