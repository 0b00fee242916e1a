import { z } from 'zod';
import { Identifier } from '../kb/pack-schema';
import { SiteHost } from '../settings/settings-change';

/**
 * The reader's "wrong match?" choices: a name Konteks should not mark (on one site, or anywhere),
 * or the entity an ambiguous name means on one page. Kept in extension storage on this machine
 * only; the background applies them to every scan (apply-choices.ts). Pure: no browser API here.
 */

/** Most choices a reader can keep; the oldest are dropped beyond it. */
export const MAX_CHOICES = 1000;

const Common = {
  id: z.string().min(1).max(40),
  /** The name as the page wrote it, for the options page's list. */
  text: z.string().min(1).max(200),
  /** aliasKey(text) (alias-key.ts). */
  key: z.string().min(1).max(200),
  /** The entity Konteks had marked. */
  entityId: Identifier,
  createdAt: z.number(),
  /** The site the choice was made on: only a page there may undo it from its card. */
  madeOn: SiteHost.optional(),
};

export const MatchChoice = z.discriminatedUnion('kind', [
  /** Do not mark `text` as `entityId` on `site`, or anywhere when `site` is absent. */
  z.object({ kind: z.literal('mute'), ...Common, site: SiteHost.optional() }),
  /** On this page (`site` + `path`), `text` means `chosen`, not `entityId`. */
  z.object({
    kind: z.literal('choose'),
    ...Common,
    chosen: Identifier,
    site: SiteHost,
    path: z.string().max(2000),
  }),
]);
export type MatchChoice = z.infer<typeof MatchChoice>;

/** Reads stored choices, keeping every valid one: a damaged entry never loses the others. */
export function readChoices(stored: unknown): MatchChoice[] {
  if (!Array.isArray(stored)) return [];
  const kept: MatchChoice[] = [];
  for (const entry of stored.slice(-MAX_CHOICES)) {
    const parsed = MatchChoice.safeParse(entry);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}

/** The page a choice is made on: its host and path (no query or fragment, which are not the article). */
export interface PagePlace {
  host: string;
  path: string;
}

/** Where a content script's request came from, read from the browser's own sender URL; undefined for non-web pages. */
export function pagePlace(url: string | undefined): PagePlace | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const host = SiteHost.safeParse(parsed.hostname);
    return host.success ? { host: host.data, path: parsed.pathname.slice(0, 2000) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds a choice, replacing one it supersedes (the same name and entity in the same place), so a
 * reader who changes their mind keeps one entry, and the list stays bounded.
 */
export function addChoice(choices: readonly MatchChoice[], choice: MatchChoice): MatchChoice[] {
  const same = (c: MatchChoice) =>
    c.kind === choice.kind &&
    c.key === choice.key &&
    c.entityId === choice.entityId &&
    c.site === choice.site &&
    (c.kind !== 'choose' || choice.kind !== 'choose' || c.path === choice.path);
  return [...choices.filter((c) => !same(c)), choice].slice(-MAX_CHOICES);
}
