import type { WorldCountry, WorldData } from './data.ts';
import { pageLanguage } from './languages.ts';
import { isAcronym } from './text.ts';

/** A name the data packages give for a country, in one language. */
export interface Candidate {
  text: string;
  lang: string;
}

/**
 * Forms that no journalist writes in running text: inverted catalogue forms ("Korea, Republic
 * of"), parenthesised qualifiers ("Netherlands (Kingdom of the)"), CLDR's disambiguating
 * "Kongo - Brazzaville" and abbreviated "Georgia Selatan & Kep. Sandwich Selatan".
 */
const usable = (text: string): boolean => !/[,()&]| - |\bKep\./u.test(text) && text.trim().length > 1;

/**
 * Names the data gives that mean something else on a page. "Afrika Tengah" is how
 * i18n-iso-countries writes the Central African Republic in Indonesian, but in running text it is
 * the region (Central Africa).
 */
const MISLEADING: ReadonlySet<string> = new Set(['id:Afrika Tengah']);

/**
 * Indonesian names where neither package gives the one journalists use: CLDR writes
 * "Kongo - Brazzaville", i18n-iso-countries plain "Kongo", which Indonesian news uses for both Congos.
 */
const INDONESIAN_NAME: Readonly<Record<string, string>> = { CG: 'Republik Kongo' };

const listOf = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const cldrForms = (names: Record<string, string>, cca2: string): string[] =>
  Object.keys(names)
    .filter((key) => key === cca2 || key.startsWith(`${cca2}-alt-`))
    .sort()
    .map((key) => names[key] as string);

/** The Indonesian display name: CLDR's, unless it is untranslated, a catalogue form or an acronym. */
export function indonesianName(country: WorldCountry, data: WorldData): string {
  const { cca2 } = country;
  const override = INDONESIAN_NAME[cca2];
  if (override) return override;
  const main = data.cldr.id[cca2];
  const short = data.cldr.id[`${cca2}-alt-short`];
  const variant = data.cldr.id[`${cca2}-alt-variant`];
  if (short && usable(short) && !isAcronym(short)) return short;
  if (main && main === data.cldr.en[cca2] && variant && usable(variant)) return variant;
  if (main && usable(main)) return main;
  return listOf(data.isoNames.id?.[cca2]).find(usable) ?? main ?? country.name.common;
}

/** Every name the packages give for the country, in every language, before any policy applies. */
export function candidatesOf(country: WorldCountry, data: WorldData): Candidate[] {
  const { cca2 } = country;
  const out: Candidate[] = [];
  const add = (lang: string, texts: readonly string[]) => {
    for (const raw of texts) {
      const text = raw.normalize('NFC').trim();
      if (text === cca2 || !usable(text) || MISLEADING.has(`${lang}:${text}`)) continue;
      out.push({ text, lang });
    }
  };
  add('en', [country.name.common, country.name.official]);
  // altSpellings mix languages without saying which; only its acronyms (UK, UAE, DRC) are safe to tag.
  add('en', country.altSpellings.filter(isAcronym));
  add('en', cldrForms(data.cldr.en, cca2));
  add('id', cldrForms(data.cldr.id, cca2));
  for (const lang of Object.keys(data.isoNames).sort()) add(lang, listOf(data.isoNames[lang]?.[cca2]));
  for (const code of Object.keys(country.translations).sort()) {
    const names = country.translations[code];
    if (names) add(pageLanguage(code), [names.common, names.official]);
  }
  for (const code of Object.keys(country.name.native).sort()) {
    const names = country.name.native[code];
    if (names) add(pageLanguage(code), [names.common, names.official]);
  }
  return out;
}
