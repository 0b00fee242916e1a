import { pickLocalized } from '../i18n/localized';
import { t, type UiLanguage } from '../i18n/strings';
import type { SourceSummary } from '../messaging/protocol';

/** One source as the options page shows it: every field already a display string. */
export interface SourceRowView {
  id: string;
  name: string;
  publisher: string;
  version: string;
  license: string;
  kind: string;
  /** Entity count, formatted for the language ("1,234" / "1.234"). */
  entities: string;
  /** A fact-check (ClaimReview) source: its claim count, formatted. */
  claims?: string;
  /** Human-readable date and time of the last install, or "—" when unknown. */
  updated: string;
  /** Machine-readable form of `updated` for `<time datetime>`; '' when unknown. */
  updatedIso: string;
  enabled: boolean;
  /** Bundled sources ship with Konteks: they can be switched off but never removed. */
  removable: boolean;
  /** Where a subscribed source is fetched from. */
  url?: string;
}

/** The date and time a source was last installed, in the reader's language. */
export function formatUpdated(epochMs: number, lang: UiLanguage, timeZone?: string): string {
  const when = new Date(epochMs);
  if (Number.isNaN(when.getTime())) return '—';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(when);
}

/** The name a reader recognises: in the UI language, else English, else the id. */
export function sourceName(source: Pick<SourceSummary, 'id' | 'name'>, lang: UiLanguage): string {
  return pickLocalized(source.name, lang) || source.id;
}

/** Turns a source summary from the background into the strings one row displays. */
export function formatSourceRow(source: SourceSummary, lang: UiLanguage, timeZone?: string): SourceRowView {
  const valid = !Number.isNaN(new Date(source.updatedAt).getTime());
  return {
    id: source.id,
    name: sourceName(source, lang),
    publisher: source.publisher,
    version: source.version,
    license: source.license,
    kind: t(lang, `options.kind.${source.kind}`),
    entities: new Intl.NumberFormat(lang).format(source.entityCount),
    updated: formatUpdated(source.updatedAt, lang, timeZone),
    updatedIso: valid ? new Date(source.updatedAt).toISOString() : '',
    enabled: source.enabled,
    removable: source.kind !== 'bundled',
    ...(source.url ? { url: source.url } : {}),
    ...(source.claimCount !== undefined
      ? { claims: new Intl.NumberFormat(lang).format(source.claimCount) }
      : {}),
  };
}
