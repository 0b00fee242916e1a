import { z } from 'zod';

/**
 * The reader's choices. Stored in extension storage (`local:settings`) as one validated object:
 * content scripts may read and watch it (it holds no knowledge), only extension pages write it.
 * Anything unreadable falls back to the defaults field by field, so a damaged value never stops
 * Konteks from starting and never throws away the fields that are still good.
 */

/** Where Konteks runs: everywhere, only on pages that look like news articles, or only where switched on. */
export const RunMode = z.enum(['everywhere', 'articles', 'chosen-sites']);
export type RunMode = z.infer<typeof RunMode>;

export const MentionPolicy = z.enum(['first', 'every']);
export type MentionPolicy = z.infer<typeof MentionPolicy>;

export const MentionStyle = z.enum(['underline', 'highlight', 'none-until-hover']);
export type MentionStyle = z.infer<typeof MentionStyle>;

/** A site is a page's host name, e.g. "www.inews.id". */
export const SiteChoice = z.enum(['on', 'off']);
export type SiteChoice = z.infer<typeof SiteChoice>;

export const Settings = z.object({
  /** Pauses Konteks on every page until switched back on. */
  paused: z.boolean().catch(false),
  runMode: RunMode.catch('everywhere'),
  mentionPolicy: MentionPolicy.catch('first'),
  mentionStyle: MentionStyle.catch('underline'),
  /** 'page' follows each page's language; otherwise cards prefer this language when the pack has it. */
  cardLanguage: z.string().max(35).catch('page'),
  /** Per-site choices that override the run mode. */
  sites: z
    .record(z.string().max(253), z.unknown())
    .transform((sites) => {
      // Drop only the entries that are damaged: one bad value must not lose the reader's other choices.
      const kept: Record<string, SiteChoice> = {};
      for (const [host, choice] of Object.entries(sites)) {
        const valid = SiteChoice.safeParse(choice);
        if (valid.success) kept[host] = valid.data;
      }
      return kept;
    })
    .catch({}),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Reads stored settings, repairing what is damaged rather than failing. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.safeParse(typeof stored === 'object' && stored !== null ? stored : {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export type RunDecision =
  | { run: true }
  | { run: false; reason: 'paused' | 'site-off' | 'not-an-article' | 'not-chosen' };

/** Whether Konteks should mark this page, given the reader's settings; the article check runs only if needed. */
export function shouldRun(settings: Settings, host: string, looksLikeArticle: () => boolean): RunDecision {
  if (settings.paused) return { run: false, reason: 'paused' };
  const choice = settings.sites[host];
  if (choice === 'off') return { run: false, reason: 'site-off' };
  if (choice === 'on') return { run: true };
  if (settings.runMode === 'chosen-sites') return { run: false, reason: 'not-chosen' };
  if (settings.runMode === 'articles' && !looksLikeArticle()) return { run: false, reason: 'not-an-article' };
  return { run: true };
}
