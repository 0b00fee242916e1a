import { z } from 'zod';
import { MentionPolicy, MentionStyle, RunMode, readSettings, type Settings, SiteChoice } from './settings';

/** A site as the settings key it: a host name such as "www.inews.id" or "127.0.0.1". */
export const SiteHost = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
    'must be a host name such as www.inews.id',
  );

/**
 * One change the options page (or popup) asks for. Every field is optional; a site set to null
 * forgets the reader's choice for it, so the run mode decides there again.
 */
export const SettingsChange = z
  .object({
    paused: z.boolean(),
    runMode: RunMode,
    mentionPolicy: MentionPolicy,
    mentionStyle: MentionStyle,
    cardLanguage: z.union([z.literal('page'), z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)]),
    sites: z.record(SiteHost, SiteChoice.nullable()),
  })
  .partial()
  .strict();
export type SettingsChange = z.infer<typeof SettingsChange>;

/** The settings after `change`; pure, so the background and the tests share it. */
export function applySettingsChange(current: Settings, change: SettingsChange): Settings {
  const { sites: siteChanges, ...rest } = change;
  const sites = { ...current.sites };
  for (const [host, choice] of Object.entries(siteChanges ?? {})) {
    if (choice === null) delete sites[host];
    else sites[host] = choice;
  }
  return readSettings({ ...current, ...rest, sites });
}

/**
 * The host a reader typed, as a settings key: accepts "inews.id", "https://www.inews.id/news/x"
 * or " WWW.iNews.ID ", and gives undefined for anything that is not a host name.
 */
export function hostFromInput(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  let host = trimmed;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  return SiteHost.safeParse(host).success ? host : undefined;
}
