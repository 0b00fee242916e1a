import { describe, expect, it } from 'vitest';
import { Outlet } from '../pack-schema.ts';
import { checkOutlets } from './outlets.ts';
import { entity, loaded, pack } from './testing.ts';

const outlet = (domains: string[], patch = {}) => ({
  domains,
  owner: { name: { en: 'Owner Group' }, sources: ['src'] },
  country: { code: 'ID', entity: 'land', sources: ['src'] },
  founded: { date: '1965', sources: ['src'] },
  ...patch,
});
const media = (id: string, domains: string[], patch = {}) =>
  entity(id, { type: 'media', outlet: outlet(domains, patch) });

describe('checkOutlets', () => {
  it('passes sourced outlets whose domains and entities are their own', () => {
    expect(checkOutlets(loaded(pack('a', [media('news', ['news.example']), entity('land')])))).toEqual([]);
  });

  it('fails a domain two outlets list, an outlet on a non-media entity, a missing citation or entity', () => {
    const packs = loaded(
      pack('a', [
        media('news', ['news.example']),
        media('copy', ['news.example'], { founded: { date: '1970', sources: ['nowhere'] } }),
        entity('place', { outlet: outlet(['place.example']) }),
        entity('land'),
        media('other', ['other.example'], { owner: { entity: 'ghost', sources: ['src'] } }),
      ]),
    );
    expect(checkOutlets(packs).map((p) => `${p.entity} ${p.path}: ${p.message}`)).toEqual([
      'copy entities[1].outlet.domains[0]: domain "news.example" is also listed by "news"',
      'copy entities[1].outlet.founded.sources[0]: cites "nowhere", which is not a citation of this pack',
      'place entities[2].outlet: only media entities describe an outlet, not city',
      'other entities[4].outlet.owner.entity: points to "ghost", which no pack describes',
    ]);
  });
});

describe('the outlet schema', () => {
  it('takes lower-case host names only', () => {
    const domains = (list: string[]) => Outlet.safeParse({ domains: list }).success;
    expect(domains(['inews.id', 'bbc.co.uk', 'xn--bcher-kva.example'])).toBe(true);
    for (const bad of [
      'INEWS.ID',
      'https://inews.id',
      'inews.id/path',
      'inews',
      '-inews.id',
      'inews.id.',
      'a..b',
    ])
      expect(domains([bad]), bad).toBe(false);
    expect(domains([])).toBe(false);
  });

  it('needs an owner name or entity, and a country code or entity', () => {
    expect(Outlet.safeParse({ domains: ['a.id'], owner: { sources: ['src'] } }).success).toBe(false);
    expect(Outlet.safeParse({ domains: ['a.id'], country: { code: 'id', sources: ['src'] } }).success).toBe(
      false,
    );
    expect(Outlet.safeParse({ domains: ['a.id'], country: { code: 'ID', sources: [] } }).success).toBe(false);
  });
});
