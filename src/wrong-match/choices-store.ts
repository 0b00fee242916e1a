import { storage } from 'wxt/utils/storage';
import { type MatchChoice, readChoices } from './match-choices';

/**
 * The reader's wrong-match choices in extension storage (`local:wrongMatches`), on this machine
 * only. Only the background writes them; open pages watch the key and rescan when it changes
 * (src/content/stored-values.ts), so a choice takes effect on every open tab at once.
 */
export const CHOICES_STORAGE_KEY = 'wrongMatches';

const item = storage.defineItem<unknown>(`local:${CHOICES_STORAGE_KEY}`, { fallback: [] });

export interface ChoicesPort {
  load: () => Promise<MatchChoice[]>;
  save: (choices: MatchChoice[]) => Promise<void>;
}

/**
 * Every scan reads the choices, so the background keeps them in memory; only it writes them, and a
 * change from elsewhere (another extension page, a second background instance) drops the copy.
 */
let cached: MatchChoice[] | undefined;
let watching = false;

export const storageChoices: ChoicesPort = {
  load: async () => {
    if (!watching) {
      watching = true;
      item.watch(() => {
        cached = undefined;
      });
    }
    cached ??= readChoices(await item.getValue());
    return cached;
  },
  save: async (choices) => {
    cached = undefined;
    await item.setValue(choices);
  },
};

/** An in-memory port for tests. */
export function memoryChoices(initial: MatchChoice[] = []): ChoicesPort & { current: () => MatchChoice[] } {
  let stored = initial;
  return {
    load: async () => readChoices(stored),
    save: async (choices) => {
      stored = choices;
    },
    current: () => stored,
  };
}

/** Calls back whenever the stored choices change (the options page's list); returns the unwatch function. */
export function watchChoices(callback: () => void): () => void {
  return item.watch(() => callback());
}
