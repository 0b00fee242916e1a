// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aliasRecordsOf } from '../../src/kb/install-pack';
import { parsePackText } from '../../src/kb/pack-parse';
import { buildMatcher } from '../../src/matcher/build-matcher';
import { textBlocks } from '../../src/page/text-blocks';
import { NEW_ENTITIES, OLD_ENTITIES } from '../e2e/support/english-article-entities';

/**
 * Both bundled packs, in the extension's order (curated first, then the world layer), against the
 * English fixture page read block by block the way the content script reads it: a regression in
 * the packs or the matcher shows up here without a browser.
 */

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const matcher = buildMatcher(
  ['../../seeds/konteks-seed.json', '../../seeds/konteks-world.json'].flatMap((path) => {
    const parsed = parsePackText(read(path));
    if (!parsed.ok) throw new Error(parsed.error.message);
    return aliasRecordsOf(parsed.value);
  }),
);

interface Spotted {
  text: string;
  entity: string | undefined;
  inTrap: boolean;
}

let spotted: Spotted[] = [];

beforeAll(() => {
  // Test-only: the fixture is a trusted file of this repository.
  const parsed = new DOMParser().parseFromString(read('../fixtures/fall-of-assad-en.html'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  spotted = [...textBlocks(document.body)].flatMap((block) => {
    const inTrap = block.pieces.some((piece) => piece.node.parentElement?.closest('#trap'));
    return matcher
      .find(block.text, { lang: 'en' })
      .map((m) => ({ text: block.text.slice(m.start, m.end), entity: m.entityIds[0], inTrap }));
  });
});

describe('the bundled packs on the English article about the fall of Assad', () => {
  it('names at least 25 entities the seed article does not, and none twice in the lists', () => {
    expect(NEW_ENTITIES.length).toBeGreaterThanOrEqual(25);
    expect(new Set([...NEW_ENTITIES, ...OLD_ENTITIES]).size).toBe(NEW_ENTITIES.length + OLD_ENTITIES.length);
  });

  it('spots every entity the article names', () => {
    const found = new Set(spotted.filter((m) => !m.inTrap).map((m) => m.entity));
    expect([...NEW_ENTITIES, ...OLD_ENTITIES].filter((id) => !found.has(id))).toEqual([]);
  });

  it('recognises the English names, nicknames and short forms the article uses', () => {
    const surface = new Map(spotted.map((m) => [m.text, m.entity]));
    expect(surface.get('Abu Mohammed al-Jolani')).toBe('ahmed-al-sharaa');
    expect(surface.get('al-Sharaa')).toBe('ahmed-al-sharaa');
    expect(surface.get('Operation Deterrence of Aggression')).toBe('2024-syrian-opposition-offensive');
    expect(surface.get('fall of the Assad regime')).toBe('fall-of-the-assad-regime');
    expect(surface.get('Russian naval base in Tartus')).toBe('tartus-naval-facility');
    expect(surface.get('Nusra Front')).toBe('jabhat-al-nusra');
    expect(surface.get('SDF')).toBe('syrian-democratic-forces');
    expect(surface.get('Suwayda')).toBe('as-suwayda');
    expect(surface.get('Resolution 2254')).toBe('un-resolution-2254');
    expect(surface.get('DAMASCUS')).toBe('damascus');
  });

  it('leaves the lifestyle column’s common words alone', () => {
    expect(spotted.filter((m) => m.inTrap)).toEqual([]);
    // The same words capitalised as names are still found, so the trap is not empty by accident.
    expect(
      matcher.find('Turkey, China, Jordan, Chad and Jersey', { lang: 'en' }).map((m) => m.entityIds[0]),
    ).toEqual(['turkey', 'china', 'jordan', 'chad', 'jersey']);
  });
});
