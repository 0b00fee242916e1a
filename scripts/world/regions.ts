/**
 * The regions and subregions world-countries uses (UN geoscheme names), in Indonesian. English
 * keeps the data's own wording. "Southern Africa" is "Afrika bagian selatan" so that a card never
 * confuses the region with the country Afrika Selatan (South Africa).
 */
const INDONESIAN: Readonly<Record<string, string>> = {
  Africa: 'Afrika',
  Americas: 'Amerika',
  Antarctic: 'Antarktika',
  Asia: 'Asia',
  Europe: 'Eropa',
  Oceania: 'Oseania',
  'Eastern Africa': 'Afrika Timur',
  'Middle Africa': 'Afrika Tengah',
  'Northern Africa': 'Afrika Utara',
  'Southern Africa': 'Afrika bagian selatan',
  'Western Africa': 'Afrika Barat',
  Caribbean: 'Karibia',
  'Central America': 'Amerika Tengah',
  'North America': 'Amerika Utara',
  'South America': 'Amerika Selatan',
  'Central Asia': 'Asia Tengah',
  'Eastern Asia': 'Asia Timur',
  'South-Eastern Asia': 'Asia Tenggara',
  'Southern Asia': 'Asia Selatan',
  'Western Asia': 'Asia Barat',
  'Central Europe': 'Eropa Tengah',
  'Eastern Europe': 'Eropa Timur',
  'Northern Europe': 'Eropa Utara',
  'Southeast Europe': 'Eropa Tenggara',
  'Southern Europe': 'Eropa Selatan',
  'Western Europe': 'Eropa Barat',
  'Australia and New Zealand': 'Australia dan Selandia Baru',
  Melanesia: 'Melanesia',
  Micronesia: 'Mikronesia',
  Polynesia: 'Polinesia',
};

/** Names that read better with an article in running English text. */
const WITH_THE = new Set(['Americas', 'Antarctic', 'Caribbean']);

export interface RegionNames {
  /** "South-Eastern Asia" / "Asia Tenggara": the most specific area the data gives. */
  area: { en: string; id: string };
  /** "in South-Eastern Asia" / "di Asia Tenggara": for sentences. */
  inArea: { en: string; id: string };
  /** "South-Eastern Asia (Asia)" / "Asia Tenggara (Asia)": for the region fact. */
  full: { en: string; id: string };
}

function indonesian(name: string): string {
  const id = INDONESIAN[name];
  if (id === undefined) throw new Error(`no Indonesian name for the region "${name}": add it to regions.ts`);
  return id;
}

export function regionNames(region: string, subregion: string): RegionNames {
  const areaEn = subregion || region;
  const area = { en: areaEn, id: indonesian(areaEn) };
  const full =
    subregion && subregion !== region
      ? { en: `${subregion} (${region})`, id: `${indonesian(subregion)} (${indonesian(region)})` }
      : area;
  return {
    area,
    inArea: { en: `in ${WITH_THE.has(areaEn) ? 'the ' : ''}${areaEn}`, id: `di ${area.id}` },
    full,
  };
}
