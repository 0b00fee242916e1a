import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURATED_PACK, WORLD_PACK, worldPackText } from '../../scripts/build-world-pack';
import { buildWorldPack } from '../../scripts/world/build';
import { loadWorldData } from '../../scripts/world/data';
import { foldKey } from '../../scripts/world/text';
import { BUNDLED_PACKS } from '../../src/kb/bundled-packs';
import { aliasRecordsOf } from '../../src/kb/install-pack';
import { parsePackText, validatePack } from '../../src/kb/pack-parse';
import type { Pack, PackInput } from '../../src/kb/pack-schema';
import { buildMatcher } from '../../src/matcher/build-matcher';

/** The generated world layer (seeds/konteks-world.json): reproducible, valid, and quiet on common words. */

const committed = readFileSync(WORLD_PACK, 'utf8');
const load = (text: string): Pack => {
  const result = parsePackText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const world = load(committed);
const curated = load(readFileSync(CURATED_PACK, 'utf8'));
const data = loadWorldData();

/** The ISO 3166-1 alpha-2 code a world entity states in its facts ("ISO 3166-1 codes: ID, IDN, 360"). */
const isoOf = (entity: Pack['entities'][number]) =>
  entity.facts
    .find((f) => f.property === 'iso-3166-1' || f.property === 'country-code')
    ?.label.en?.match(/\b[A-Z]{2}\b/)?.[0];

const worldOnly = buildMatcher(aliasRecordsOf(world));
const both = buildMatcher([...aliasRecordsOf(curated), ...aliasRecordsOf(world)]);
const worldIds = new Set(world.entities.map((e) => e.id));
const spotted = (matcher: typeof both, text: string, lang: string) =>
  matcher.find(text, { lang }).map((m) => ({ text: text.slice(m.start, m.end), entity: m.entityIds[0] }));

/** A minimal curated pack for testing how the world layer defers to curated entries. */
function curatedWith(
  entities: { id: string; type: string; names: Record<string, string>; aliases?: object[] }[],
): Pack {
  const input: PackInput = {
    format: 'konteks-pack',
    formatVersion: 1,
    id: 'test-curated',
    name: { en: 'Test' },
    version: '1.0.0',
    license: 'CC0-1.0',
    languages: ['en'],
    publisher: { name: 'Test' },
    entities: entities.map((e) => ({
      ...e,
      descriptions: { en: 'Test entity' },
      summaries: { en: 'Test entity.' },
    })) as PackInput['entities'],
  };
  const result = validatePack(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('world pack seeds/konteks-world.json', () => {
  it('is exactly what `npm run seeds:build` makes from the pinned packages and the curated pack', () => {
    // If this fails after editing seeds/konteks-seed.json, run `npm run seeds:build` and commit the result.
    expect(worldPackText().text === committed).toBe(true);
  });

  it('validates as a v1 pack that states its data licenses', () => {
    expect(validatePack(JSON.parse(committed)).ok).toBe(true);
    expect(world.id).toBe('konteks-world');
    expect(world.license).toMatch(/^ODbL-1\.0\b/);
    expect(world.license).toMatch(/MIT/);
    expect(world.license).toMatch(/Unicode-3\.0/);
    expect(world.description?.en).toMatch(/world-countries \(ODbL-1\.0\)/);
    expect(world.languages).toEqual(expect.arrayContaining(['id', 'en', 'fr', 'ar', 'zh']));
  });

  it('is registered as a bundled pack after the curated one', () => {
    const ids = BUNDLED_PACKS.map((raw) => (raw as { id: string }).id);
    expect(ids.indexOf('konteks-world')).toBeGreaterThan(ids.indexOf('konteks-seed'));
    expect(ids.indexOf('konteks-seed')).toBeGreaterThanOrEqual(0);
  });

  it('covers every country and territory the data has, except those the curated pack describes', () => {
    const codes = world.entities.map(isoOf);
    expect(codes.every((code) => code !== undefined)).toBe(true);
    expect(new Set(codes).size).toBe(world.entities.length);
    const curatedCountries = curated.entities.filter((e) => e.type === 'country').length;
    // The data has 250 countries and territories; a handful are dropped as ambiguous or merged.
    expect(world.entities.length + curatedCountries).toBeGreaterThanOrEqual(245);
    expect(world.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['indonesia', 'brazil', 'new-zealand']),
    );
    for (const missing of ['SY', 'RU', 'TR', 'IR', 'US']) expect(codes).not.toContain(missing);
  });

  it('owns no entity id the curated pack owns, and uses lower-case English slugs', () => {
    expect(curated.entities.filter((e) => worldIds.has(e.id)).map((e) => e.id)).toEqual([]);
    expect(world.entities.filter((e) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('gives every entity English and Indonesian names, descriptions and summaries, and sources its facts', () => {
    const problems: string[] = [];
    const citations = new Set(world.citations.map((c) => c.id));
    for (const entity of world.entities) {
      expect(Object.keys(entity.names).sort()).toEqual(['en', 'id']);
      for (const lang of ['en', 'id']) {
        if (!entity.descriptions[lang] || !entity.summaries[lang]) problems.push(`${entity.id}: ${lang}`);
      }
      for (const fact of entity.facts)
        if (!fact.sources.every((s) => citations.has(s))) problems.push(entity.id);
      if (!entity.facts.some((f) => f.property === 'region')) problems.push(`${entity.id}: no region`);
    }
    expect(problems).toEqual([]);
    // Contested capitals are not stated (Jerusalem, Ramallah): see describe-country.ts.
    for (const id of ['palestine', 'western-sahara']) {
      expect(world.entities.find((e) => e.id === id)?.facts.map((f) => f.property)).not.toContain('capital');
    }
    const indonesia = world.entities.find((e) => e.id === 'indonesia');
    expect(indonesia?.facts.map((f) => f.label.en)).toEqual([
      'Capital: Jakarta',
      'Region: South-Eastern Asia (Asia)',
      'ISO 3166-1 codes: ID, IDN, 360',
      'Flag emoji: 🇮🇩',
    ]);
  });

  it('scopes every other-language name to its language and guards acronyms and single words by case', () => {
    const loose: string[] = [];
    for (const entity of world.entities) {
      const names = new Set(Object.values(entity.names));
      for (const alias of entity.aliases) {
        // An alias for every language may only repeat one of the entity's own en/id names.
        if (alias.lang === undefined && !names.has(alias.text))
          loose.push(`${entity.id}: "${alias.text}" has no lang`);
        const word = !/[\s\p{Pd}]/u.test(alias.text) && alias.text.toLowerCase() !== alias.text.toUpperCase();
        if (word && !alias.caseSensitive) loose.push(`${entity.id}: "${alias.text}" ignores case`);
      }
    }
    expect(loose).toEqual([]);
    // Countries far from the curated pack's subject, so that they stay in the world layer.
    const drc = world.entities.find((e) => e.id === 'dr-congo');
    expect(drc?.aliases.filter((a) => a.text === 'DRC')).toEqual([
      { text: 'DRC', lang: 'en', caseSensitive: true, kind: 'acronym', ambiguous: false },
    ]);
  });

  it('gives one name to two world entities only if both mark it ambiguous, and never repeats a curated name', () => {
    // Folded text → entity id → whether that entity's alias record is marked ambiguous.
    const owners = new Map<string, Map<string, boolean>>();
    for (const entity of world.entities) {
      for (const alias of aliasRecordsOf({ ...world, entities: [entity] })) {
        const key = `${alias.lang ?? ''}:${foldKey(alias.text)}`;
        owners.set(key, (owners.get(key) ?? new Map()).set(entity.id, alias.ambiguous === true));
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1);
    expect(shared.filter(([, ids]) => [...ids.values()].includes(false)).map(([key]) => key)).toEqual([]);
    // Only the two Congos and the two Virgin Islands share names (GENUINELY_SHARED in build.ts).
    expect(new Set(shared.flatMap(([, ids]) => [...ids.keys()]))).toEqual(
      new Set([
        'dr-congo',
        'republic-of-the-congo',
        'british-virgin-islands',
        'united-states-virgin-islands',
      ]),
    );
    expect(shared.map(([key]) => key)).toEqual(expect.arrayContaining(['en:congo', 'de:kongo']));
    const curatedKeys = new Set(aliasRecordsOf(curated).map((a) => foldKey(a.text)));
    const repeated = aliasRecordsOf(world).filter((a) => curatedKeys.has(foldKey(a.text)));
    expect(repeated.map((a) => `${a.entityId}: ${a.text}`)).toEqual([]);
  });

  it('finds countries in Indonesian and English text, in their language only', () => {
    expect(
      spotted(worldOnly, 'Presiden Brasil bertemu Perdana Menteri Jepang dan Selandia Baru.', 'id'),
    ).toEqual([
      { text: 'Brasil', entity: 'brazil' },
      { text: 'Jepang', entity: 'japan' },
      { text: 'Selandia Baru', entity: 'new-zealand' },
    ]);
    expect(spotted(worldOnly, 'Leaders of the DRC, Kenya and the Republic of Fiji met.', 'en')).toEqual([
      { text: 'DRC', entity: 'dr-congo' },
      { text: 'Kenya', entity: 'kenya' },
      { text: 'Republic of Fiji', entity: 'fiji' },
    ]);
    expect(spotted(worldOnly, 'Brasilien und Neuseeland', 'de').map((m) => m.entity)).toEqual([
      'brazil',
      'new-zealand',
    ]);
    expect(spotted(worldOnly, 'Brasilien und Neuseeland', 'id')).toEqual([]);
    expect(spotted(worldOnly, 'DRC', 'id')).toEqual([]);
  });

  it('finds nothing in Indonesian and English common words (knowledge.md collisions)', () => {
    const indonesian =
      'Petani di sana mengeluhkan hama wereng. As roda patah, lima orang mau mengangkut batu ke padang ' +
      'rumput. Nasib malang menimpa mereka saat natal. Musuh akan serang balik, kata surat dengan bahasa ' +
      'baku dari kota. Singa itu bukan kucing. Medan berat, palu godam, doa kabul, pesan telegram, jersey ' +
      'baru, kain cina, ayam kalkun, kapal turki. Lima hari kemudian. Bukan hanya itu. Natal tiba. Surat ' +
      'datang. Batu besar. Kota tua. Serang! Mau apa? Sana pergi. Hama tikus. Malang sekali. Padang luas.';
    const english =
      'We ate turkey with chile on fine china, then a guinea pig in a jersey and a guernsey came to the ' +
      'family reunion. A chad of paper fell; may we march in june? The man wore bermuda shorts and a panama ' +
      'hat, as us and the uk crowd lacked japan lacquer. A niger seed and a jordan almond.';
    for (const [text, lang] of [
      [indonesian, 'id'],
      [english, 'en'],
    ] as const) {
      expect(spotted(worldOnly, text, lang)).toEqual([]);
      expect(spotted(both, text, lang).filter((m) => worldIds.has(m.entity ?? ''))).toEqual([]);
    }
  });

  it('leaves the seed article’s countries to the curated entities when both packs are loaded', () => {
    const article = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
    const surface = new Map(spotted(both, article, 'id').map((m) => [m.text, m.entity]));
    expect(surface.get('Suriah')).toBe('syria');
    expect(surface.get('Rusia')).toBe('russia');
    expect(surface.get('Turki')).toBe('turkey');
    expect(surface.get('Amerika Serikat')).toBe('united-states');
    expect(surface.get('Iran')).toBe('iran');
    expect([...surface.values()].filter((id) => worldIds.has(id ?? ''))).toEqual([]);
  });
});

describe('buildWorldPack against a curated pack', () => {
  it('leaves a country to a curated entity of type country found by id or by name', () => {
    const { pack, report } = buildWorldPack(data, [
      curatedWith([
        { id: 'deutschland', type: 'country', names: { en: 'Germany' } },
        { id: 'japan', type: 'country', names: { en: 'Nippon' } },
      ]),
    ]);
    const ids = pack.entities.map((e) => e.id);
    expect(ids).not.toContain('germany');
    expect(ids).not.toContain('japan');
    expect(report.curated).toMatchObject({ DE: 'deutschland', JP: 'japan' });
    expect(ids).toContain('france');
  });

  it('steps aside from an id a curated entity of another kind holds, and from its names', () => {
    const { pack, report } = buildWorldPack(data, [
      curatedWith([
        { id: 'chad', type: 'person', names: { en: 'Chad Smith' } },
        { id: 'gb-press', type: 'media', names: { en: 'Great Britain' } },
      ]),
    ]);
    const ids = pack.entities.map((e) => e.id);
    expect(ids).toContain('chad-country');
    expect(ids).not.toContain('chad');
    const uk = pack.entities.find((e) => e.id === 'united-kingdom');
    expect(uk?.aliases?.map((a) => a.text)).not.toContain('Great Britain');
    expect(report.curatedClashes).toContain('great britain');
  });

  it('builds the same pack twice', () => {
    const once = buildWorldPack(data, [curated]).pack;
    const twice = buildWorldPack(loadWorldData(), [curated]).pack;
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
  });
});
