import type { Citation } from '../../src/kb/pack-schema.ts';
import { CITE } from './describe-country.ts';

/**
 * The pinned data packages and their release dates (from the npm registry). The build refuses
 * other versions, so that a dependency update cannot silently change the pack or its citations.
 */
export const PINNED: Readonly<Record<string, { version: string; published: string }>> = {
  'world-countries': { version: '5.1.0', published: '2025-06-03' },
  'i18n-iso-countries': { version: '7.14.0', published: '2025-07-17' },
  'cldr-localenames-full': { version: '48.2.0', published: '2026-03-30' },
};

export function checkPinnedVersions(versions: Record<string, string>): void {
  for (const [pkg, { version }] of Object.entries(PINNED)) {
    if (versions[pkg] !== version)
      throw new Error(
        `${pkg} is ${versions[pkg]}, the world pack is pinned to ${version}: update citations.ts`,
      );
  }
}

/** Sorted by id, as the pack stores them. */
export const WORLD_CITATIONS: Citation[] = [
  {
    id: CITE.i18n,
    title: 'i18n-iso-countries 7.14.0: country names in 78 languages (MIT)',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    publisher: 'i18n-iso-countries contributors',
    published: PINNED['i18n-iso-countries']?.published,
  },
  {
    id: CITE.iso,
    title: 'ISO 3166 Country Codes',
    url: 'https://www.iso.org/iso-3166-country-codes.html',
    publisher: 'International Organization for Standardization',
  },
  {
    id: CITE.cldr,
    title: 'Unicode CLDR 48, territory display names (cldr-localenames-full 48.2.0, Unicode-3.0)',
    url: 'https://cldr.unicode.org/',
    publisher: 'Unicode Consortium',
    published: PINNED['cldr-localenames-full']?.published,
  },
  {
    id: CITE.world,
    title: 'world-countries 5.1.0 (mledoze/countries): country data (ODbL-1.0)',
    url: 'https://github.com/mledoze/countries',
    publisher: 'Mohammed Le Doze and contributors',
    published: PINNED['world-countries']?.published,
  },
];
