import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return readSettings(await item.getValue());
}

/** Applies a change to the current settings and stores the result (extension pages only). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = readSettings(change(await loadSettings()));
  await item.setValue(next);
  return next;
}

/** Calls back with the repaired settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(readSettings(value)));
}
