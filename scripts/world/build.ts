import type { z } from 'zod';
import type { Alias, Entity, Pack, PackInput } from '../../src/kb/pack-schema.ts';

type AliasInput = z.input<typeof Alias>;
type EntityInput = z.input<typeof Entity>;

import { type Candidate, candidatesOf, indonesianName } from './candidates.ts';
import { checkPinnedVersions, WORLD_CITATIONS } from './citations.ts';
import { type CuratedIndex, curatedOwner, indexCurated } from './curated.ts';
import type { WorldCountry, WorldData } from './data.ts';
import { CITE, describeCountry } from './describe-country.ts';
import { byCodeUnit, foldKey, hasCase, isAcronym, isSingleWord, slugOf } from './text.ts';

export const WORLD_PACK_ID = 'konteks-world';

/** What the build decided, for the script's log and for tests. */
export interface WorldReport {
  /** Countries left to a curated entity: alpha-2 code → curated entity id. */
  curated: Record<string, string>;
  /** Alias texts dropped because two world entities share them ("Congo", "Korea"), folded. */
  ambiguous: string[];
  /** Alias texts dropped because a curated entity already uses them, folded. */
  curatedClashes: string[];
  /** Alias texts kept, marked ambiguous, for every country that has them (GENUINELY_SHARED), folded. */
  shared: string[];
}

/**
 * Names that really do mean two countries, kept for both and marked `ambiguous` so the matcher
 * may offer both: "Congo"/"Kongo" for the Republic of the Congo and the DR Congo (Indonesian
 * news uses "Kongo" for either), and "Virgin Islands" for the British and the US islands.
 * Every other text two countries share is dropped: in this data those are errors of a
 * translation (Hungarian "Tádzsikisztán" for Tanzania, Polish "Sudan" for South Sudan), a name
 * of a neighbour's island (French "Saint-Martin" for Sint Maarten, whose island is shared), or
 * different names that fold alike once vowel signs are stripped (Khmer, Devanagari, Thaana).
 * Folded with foldKey.
 */
const GENUINELY_SHARED: ReadonlySet<string> = new Set([
  'an congo', // Irish
  'congo',
  'kongo',
  'конго', // Kazakh, Russian, Tatar, Tajik, Ukrainian
  'کانگو', // Urdu
  'neitsytsaaret', // Finnish: the Virgin Islands
  'виргинские острова', // Russian: the Virgin Islands
]);

/** Unsaved world entity with its ISO code, before sorting. */
type Built = { entity: EntityInput; cca2: string };

/**
 * Single-word names with case ("Chad", "Jersey", "UK") match only as written; see knowledge.md.
 * The default `caseSensitive: false` is left out, and so is the kind of a plain translation:
 * both would add about 400 kB to the bundle and say nothing.
 */
function aliasOf(text: string, lang: string | undefined, ambiguous = false): AliasInput {
  const alias: AliasInput = { text };
  if (lang !== undefined) alias.lang = lang;
  if (isSingleWord(text) && hasCase(text)) alias.caseSensitive = true;
  if (isAcronym(text)) alias.kind = 'acronym';
  else if (lang === undefined) alias.kind = 'name';
  if (ambiguous) alias.ambiguous = true;
  return alias;
}

interface Named {
  country: WorldCountry;
  names: { en: string; id: string };
  candidates: Candidate[];
}

/** Folded text → the alpha-2 codes of every country whose names or candidates include it. */
function ownersOf(all: readonly Named[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const { country, names, candidates } of all) {
    for (const text of [names.en, names.id, ...candidates.map((c) => c.text)]) {
      const key = foldKey(text);
      const set = owners.get(key) ?? new Set<string>();
      set.add(country.cca2);
      owners.set(key, set);
    }
  }
  return owners;
}

function aliasesFor(
  item: Named,
  owners: Map<string, Set<string>>,
  curated: CuratedIndex,
  report: WorldReport,
) {
  const nameKeys = new Set([foldKey(item.names.en), foldKey(item.names.id)]);
  const aliases: AliasInput[] = [];
  for (const name of new Set([item.names.en, item.names.id])) {
    if (isSingleWord(name) && hasCase(name)) aliases.push(aliasOf(name, undefined));
  }
  const seen = new Set<string>();
  for (const { text, lang } of item.candidates) {
    const key = foldKey(text);
    if (nameKeys.has(key) || seen.has(`${lang}\u0000${key}`)) continue;
    seen.add(`${lang}\u0000${key}`);
    const shared = (owners.get(key)?.size ?? 0) > 1;
    if (shared && !GENUINELY_SHARED.has(key)) {
      report.ambiguous.push(key);
      continue;
    }
    if (curated.allNames.has(key)) {
      report.curatedClashes.push(key);
      continue;
    }
    if (shared) report.shared.push(key);
    aliases.push(aliasOf(text, lang, shared));
  }
  return aliases.sort((a, b) => byCodeUnit(a.lang ?? '', b.lang ?? '') || byCodeUnit(a.text, b.text));
}

function buildEntity(item: Named, id: string, aliases: AliasInput[]): EntityInput {
  const { type, descriptions, summaries, facts } = describeCountry(item.country, item.names);
  return {
    id,
    type,
    names: { en: item.names.en, id: item.names.id },
    descriptions,
    summaries,
    aliases,
    facts,
    sources: [CITE.i18n, CITE.cldr, CITE.world],
  };
}

/**
 * Builds the world layer: one entity per ISO 3166-1 country or territory (plus Kosovo), except
 * those a curated pack already describes. Pure: same data and curated packs, same pack.
 */
export function buildWorldPack(
  data: WorldData,
  curatedPacks: readonly Pack[],
): { pack: PackInput; report: WorldReport } {
  checkPinnedVersions(data.versions);
  const curated = indexCurated(curatedPacks);
  const report: WorldReport = { curated: {}, ambiguous: [], curatedClashes: [], shared: [] };
  const all: Named[] = [...data.countries]
    .sort((a, b) => byCodeUnit(a.cca2, b.cca2))
    .map((country) => ({
      country,
      names: { en: country.name.common, id: indonesianName(country, data) },
      candidates: candidatesOf(country, data),
    }));
  const owners = ownersOf(all);
  const built: Built[] = [];
  for (const item of all) {
    const slug = slugOf(item.names.en);
    const ownNames = [
      item.names.en,
      item.names.id,
      ...item.candidates.filter((c) => c.lang === 'en' || c.lang === 'id').map((c) => c.text),
    ];
    const owner = curatedOwner(curated, slug, ownNames);
    if (owner !== undefined) {
      report.curated[item.country.cca2] = owner;
      continue;
    }
    // A curated entity of another kind may hold the slug (a person "Chad"): the country steps aside.
    const id = curated.types.has(slug) ? `${slug}-country` : slug;
    built.push({
      entity: buildEntity(item, id, aliasesFor(item, owners, curated, report)),
      cca2: item.country.cca2,
    });
  }
  report.ambiguous = [...new Set(report.ambiguous)].sort(byCodeUnit);
  report.curatedClashes = [...new Set(report.curatedClashes)].sort(byCodeUnit);
  report.shared = [...new Set(report.shared)].sort(byCodeUnit);
  const entities = built.map((b) => b.entity).sort((a, b) => byCodeUnit(a.id, b.id));
  return { pack: packOf(entities), report };
}

function packOf(entities: EntityInput[]): PackInput {
  const languages = new Set(['en', 'id']);
  for (const alias of entities.flatMap((e) => e.aliases ?? [])) if (alias.lang) languages.add(alias.lang);
  return {
    format: 'konteks-pack',
    formatVersion: 1,
    id: WORLD_PACK_ID,
    name: {
      en: 'Konteks world layer: countries and territories',
      id: 'Lapisan dunia Konteks: negara dan wilayah',
    },
    description: {
      en: 'Every country and territory with names in many languages, ISO codes, capital, region and flag, generated from world-countries (ODbL-1.0), i18n-iso-countries (MIT) and Unicode CLDR (Unicode-3.0).',
      id: 'Semua negara dan wilayah dengan nama dalam banyak bahasa, kode ISO, ibu kota, kawasan, dan bendera, dibuat dari world-countries (ODbL-1.0), i18n-iso-countries (MIT), dan Unicode CLDR (Unicode-3.0).',
    },
    version: '1.0.0',
    license:
      'ODbL-1.0: a derivative of the world-countries database (ODbL-1.0), shared alike; names also from i18n-iso-countries (MIT) and Unicode CLDR (Unicode-3.0)',
    languages: [...languages].sort(byCodeUnit),
    publisher: { name: 'Konteks' },
    citations: WORLD_CITATIONS,
    entities,
  };
}
