import { readdirSync, readFileSync } from 'node:fs';

/** One country or territory as world-countries 5.1 describes it (only the fields we read). */
export interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  status: string;
  independent: boolean | null;
  name: { common: string; official: string; native: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  flag: string;
  translations: Record<string, { common: string; official: string }>;
}

/** Everything the world layer is built from, read from pinned npm packages; no clock, no network. */
export interface WorldData {
  countries: WorldCountry[];
  /** i18n-iso-countries: language → alpha-2 → name, or [name, alternatives...]. */
  isoNames: Record<string, Record<string, string | string[]>>;
  /** CLDR territory names for "id" and "en", keyed "US", "US-alt-short", ... */
  cldr: { id: Record<string, string>; en: Record<string, string> };
  /** Package name → pinned version, for the pack's citations. */
  versions: Record<string, string>;
}

const modules = new URL('../../node_modules/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, modules), 'utf8'));
const versionOf = (pkg: string) => (readJson(`${pkg}/package.json`) as { version: string }).version;

function cldrTerritories(lang: 'id' | 'en'): Record<string, string> {
  const file = readJson(`cldr-localenames-full/main/${lang}/territories.json`) as {
    main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
  };
  const territories = file.main[lang]?.localeDisplayNames.territories;
  if (!territories) throw new Error(`CLDR has no territory names for "${lang}"`);
  return territories;
}

/** Reads the data packages from node_modules. Languages are listed in sorted order. */
export function loadWorldData(): WorldData {
  const isoNames: WorldData['isoNames'] = {};
  const langFiles = readdirSync(new URL('i18n-iso-countries/langs/', modules))
    .filter((file) => file.endsWith('.json'))
    .sort();
  for (const file of langFiles) {
    const data = readJson(`i18n-iso-countries/langs/${file}`) as {
      locale: string;
      countries: Record<string, string | string[]>;
    };
    isoNames[data.locale] = data.countries;
  }
  return {
    countries: readJson('world-countries/countries.json') as WorldCountry[],
    isoNames,
    cldr: { id: cldrTerritories('id'), en: cldrTerritories('en') },
    versions: Object.fromEntries(
      ['world-countries', 'i18n-iso-countries', 'cldr-localenames-full'].map((pkg) => [pkg, versionOf(pkg)]),
    ),
  };
}
