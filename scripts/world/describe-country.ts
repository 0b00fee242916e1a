import type { EntityType, Fact, LocalizedText } from '../../src/kb/pack-schema.ts';
import type { WorldCountry } from './data.ts';
import { regionNames } from './regions.ts';

/** Citation ids of the world pack (see citations.ts). */
export const CITE = {
  cldr: 'unicode-cldr',
  i18n: 'i18n-iso-countries',
  iso: 'iso-3166',
  world: 'world-countries',
} as const;

/**
 * Political status, worded carefully. world-countries marks 194 entries independent; the rest
 * are territories, except the states with limited international recognition listed below and
 * Western Sahara, whose status is disputed. (Its `unMember` flag is not used: it marks the
 * Vatican, a UN observer, as a member.)
 */
const LIMITED_RECOGNITION = new Set(['PS', 'TW', 'XK']);
const DISPUTED = new Set(['EH']);

/**
 * Where one name would misstate the capital, the capital is left out: it is contested
 * (Jerusalem for Israel, Ramallah for Palestine, El Aaiún for Western Sahara), split between
 * cities of which the data names one (Bolivia, Sri Lanka, Eswatini), or not official (Nauru).
 */
const NO_CAPITAL_CLAIM = new Set(['BO', 'EH', 'IL', 'LK', 'NR', 'PS', 'SZ']);

interface Kind {
  type: EntityType;
  en: string;
  id: string;
}

function kindOf(country: WorldCountry): Kind {
  if (country.independent === true) return { type: 'country', en: 'a country', id: 'negara' };
  if (LIMITED_RECOGNITION.has(country.cca2))
    return {
      type: 'country',
      en: 'a state with limited international recognition',
      id: 'negara dengan pengakuan internasional terbatas',
    };
  if (DISPUTED.has(country.cca2))
    return { type: 'region', en: 'a disputed territory', id: 'wilayah sengketa' };
  return { type: 'region', en: 'a territory', id: 'wilayah' };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const stripArticle = (text: string) => text.replace(/^an? /, '');
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function listText(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  // Indonesian (PUEBI) and our English both put a comma before the last item of three or more.
  return `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} ${and} ${items.at(-1)}`;
}

export interface Description {
  type: EntityType;
  descriptions: LocalizedText;
  summaries: LocalizedText;
  facts: Fact[];
}

/** Type, one-line descriptions, short summaries and facts, all in our own words from the data. */
export function describeCountry(country: WorldCountry, names: { en: string; id: string }): Description {
  const kind = kindOf(country);
  const where = regionNames(country.region, country.subregion);
  const official = country.status === 'officially-assigned';
  const codes = [country.cca2, country.cca3, country.ccn3].filter(Boolean).join(', ');
  const caps = NO_CAPITAL_CLAIM.has(country.cca2) ? [] : country.capital;

  const facts: Fact[] = [];
  if (caps.length > 0)
    facts.push({
      property: 'capital',
      label: { en: `Capital: ${caps.join(', ')}`, id: `Ibu kota: ${caps.join(', ')}` },
      sources: [CITE.world],
    });
  facts.push({
    property: 'region',
    label: { en: `Region: ${where.full.en}`, id: `Kawasan: ${where.full.id}` },
    sources: [CITE.world],
  });
  facts.push(
    official
      ? {
          property: 'iso-3166-1',
          label: { en: `ISO 3166-1 codes: ${codes}`, id: `Kode ISO 3166-1: ${codes}` },
          sources: [CITE.iso, CITE.world],
        }
      : {
          property: 'country-code',
          label: {
            en: `Code ${codes} (user-assigned, not part of ISO 3166-1)`,
            id: `Kode ${codes} (kode pengguna, bukan bagian dari ISO 3166-1)`,
          },
          sources: [CITE.world],
        },
  );
  if (country.flag)
    facts.push({
      property: 'flag-emoji',
      label: { en: `Flag emoji: ${country.flag}`, id: `Emoji bendera: ${country.flag}` },
      sources: [CITE.world],
    });

  const en: string[] = [];
  const id: string[] = [];
  if (country.cca2 === 'AQ') {
    en.push('Antarctica is the continent around the South Pole, governed under the Antarctic Treaty System.');
    id.push(
      'Antarktika adalah benua di sekitar Kutub Selatan yang diatur melalui Sistem Traktat Antarktika.',
    );
  } else {
    en.push(`${names.en} is ${kind.en} ${where.inArea.en}.`);
    id.push(`${names.id} adalah ${kind.id} ${where.inArea.id}.`);
  }
  if (caps.length === 1) {
    en.push(sentence(`Its capital is ${caps[0]}`));
    id.push(sentence(`Ibu kotanya ${caps[0]}`));
  } else if (caps.length > 1) {
    en.push(sentence(`Its capitals are ${listText(caps, 'and')}`));
    id.push(sentence(`Ibu kotanya ${listText(caps, 'dan')}`));
  }
  if (official) {
    en.push(`Its ISO 3166-1 code is ${country.cca2} (${country.cca3}).`);
    id.push(`Kode ISO 3166-1-nya ${country.cca2} (${country.cca3}).`);
  } else {
    en.push(`It uses the user-assigned code ${country.cca2}, which is not part of ISO 3166-1.`);
    id.push(`${names.id} memakai kode ${country.cca2}, kode pengguna yang bukan bagian dari ISO 3166-1.`);
  }

  const descEn =
    country.cca2 === 'AQ'
      ? 'Continent around the South Pole'
      : `${capitalise(stripArticle(kind.en))} ${where.inArea.en}`;
  const descId =
    country.cca2 === 'AQ' ? 'Benua di sekitar Kutub Selatan' : `${capitalise(kind.id)} ${where.inArea.id}`;
  return {
    type: country.cca2 === 'AQ' ? 'region' : kind.type,
    descriptions: { en: descEn, id: descId },
    summaries: { en: en.join(' '), id: id.join(' ') },
    facts,
  };
}
