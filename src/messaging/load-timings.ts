import { storage } from 'wxt/utils/storage';

/**
 * How long the background took to load the bundled packs into IndexedDB the last time it had to,
 * and to build the matcher. Kept so `npm run bench` can read the real browser's numbers.
 */
export interface LoadTimings {
  /** When it was measured (ms since epoch). */
  at: number;
  /** Packs (re)installed; empty when every bundled pack was already current. */
  installed: string[];
  installMs: number;
  /** The first matcher after the install: built from the aliases. */
  matcherMs?: number;
  aliasCount?: number;
  /** The latest matcher a (re)started service worker got, and whether it was restored or built. */
  lastMatcher?: { ms: number; from: 'snapshot' | 'built' };
}

export const loadTimings = storage.defineItem<LoadTimings | null>('local:loadTimings', { fallback: null });
