/**
 * How Konteks looks up its own words. Messages live in typed dictionaries (card-strings.ts for the
 * card, strings.ts for everything), and callers pass the language they want: the card the page's,
 * the popup and options page the reader's. browser.i18n cannot do the former (it always answers
 * in the browser's UI language), which is why the dictionaries are ours.
 */

export type UiLanguage = 'en' | 'id';

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'id'];

export type Dictionary<K extends string> = Readonly<Record<K, string>>;

/** The names inside `{…}` in a message, e.g. "from" | "to" for "{from} – {to}". */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * The message for `key` in `lang`, with each `{name}` replaced by `params.name`.
 * An unknown language (from untyped callers) falls back to English; a placeholder without a
 * value is left as written, so a missing parameter is visible rather than silently blank.
 */
export function translate<K extends string>(
  dictionaries: Readonly<Record<UiLanguage, Dictionary<K>>>,
  lang: UiLanguage,
  key: K,
  params?: Record<string, string | number>,
): string {
  const template = (dictionaries[lang] ?? dictionaries.en)[key] ?? dictionaries.en[key];
  if (!params) return template;
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The UI language for a BCP 47 tag: Indonesian for "id" (and the legacy "in"), English otherwise.
 * Only the primary subtag counts, so "id-ID" is Indonesian but "ido" (Ido) is not.
 */
export function toUiLanguage(tag: string | undefined): UiLanguage {
  const primary = (tag ?? '').split(/[-_]/)[0]?.toLowerCase();
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
}

/** The reader's language for extension pages, from the browser's preferred language. */
export function uiLanguage(tag: string | undefined = globalThis.navigator?.language): UiLanguage {
  return toUiLanguage(tag);
}
