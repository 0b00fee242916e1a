import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasRecordsOf } from '../../src/kb/install-pack';
import { parsePackText } from '../../src/kb/pack-parse';
import { buildMatcher } from '../../src/matcher/build-matcher';
import { REQUIRED_ENTITIES } from '../e2e/support/article-page';

/** The bundled pack against the seed article's own words: what the reader sees on day one. */

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const parsed = parsePackText(read('../../seeds/konteks-seed.json'));
if (!parsed.ok) throw new Error(parsed.error.message);
const matcher = buildMatcher(aliasRecordsOf(parsed.value));
const article = read('../fixtures/seed-article.txt');

function spotted(text: string, lang = 'id') {
  return matcher
    .find(text, { lang })
    .map((m) => ({ text: text.slice(m.start, m.end), entity: m.entityIds[0] }));
}

describe('the seed pack on the seed article', () => {
  it('spots every entity the article names', () => {
    const found = new Set(spotted(article).map((m) => m.entity));
    expect(REQUIRED_ENTITIES.filter((id) => !found.has(id))).toEqual([]);
  });

  it('recognises the Indonesian forms and the article’s own spellings', () => {
    const surface = new Map(spotted(article).map((m) => [m.text, m.entity]));
    expect(surface.get('Suriah')).toBe('syria');
    expect(surface.get('Rusia')).toBe('russia');
    expect(surface.get('Turki')).toBe('turkey');
    expect(surface.get('Amerika Serikat')).toBe('united-states');
    expect(surface.get('Perang Saudara Suriah')).toBe('syrian-civil-war');
    expect(surface.get("Hayi'at Tahrir Al Shams")).toBe('hayat-tahrir-al-sham');
    expect(surface.get('Bashar Al Assad')).toBe('bashar-al-assad');
    expect(surface.get('Jabhat Al Nusra')).toBe('jabhat-al-nusra');
    expect(surface.get('SANA')).toBe('sana');
    expect(surface.get('Hama')).toBe('hama');
    expect(surface.get('Komando Umum Suriah') ?? surface.get('Komando Umum')).toBe('syrian-arab-army');
    expect(surface.get('Menteri Luar Negeri (Menlu) Iran')).toBe('minister-of-foreign-affairs-of-iran');
    expect(spotted('Menlu Iran Abbas Araghchi')[0]).toEqual({
      text: 'Menlu Iran',
      entity: 'minister-of-foreign-affairs-of-iran',
    });
    expect(spotted('Damaskus, ibu kota Suriah')[0]).toEqual({ text: 'Damaskus', entity: 'damascus' });
  });

  it('leaves the common words alone', () => {
    const trap =
      'Petani di Karawang mengeluhkan hama wereng yang menyerang sawah. Petugas pergi ke sana kemari, ' +
      'lalu mengirim telegram kepada dinas pertanian. Sebagai gantinya, as roda diganti.';
    expect(spotted(trap)).toEqual([]);
  });
});
