import { describe, expect, it } from 'vitest';
import { candidateDomains, findOutletDomain, normalizeHost } from './outlet-host';

const outlets = new Map([
  ['inews.id', 'inews'],
  ['bbc.co.uk', 'bbc'],
  ['bbc.com', 'bbc'],
  ['news.example.co.uk', 'example-news'],
  ['example.co.uk', 'example'],
]);
const lookup = (host: string) => findOutletDomain(host, outlets)?.value;

describe('findOutletDomain', () => {
  it('finds an outlet by its own domain', () => {
    expect(lookup('inews.id')).toBe('inews');
    expect(findOutletDomain('inews.id', outlets)?.domain).toBe('inews.id');
  });

  it('finds an outlet on its subdomains', () => {
    expect(lookup('www.inews.id')).toBe('inews');
    expect(lookup('m.inews.id')).toBe('inews');
    expect(lookup('jatim.m.inews.id')).toBe('inews');
    expect(lookup('www.bbc.co.uk')).toBe('bbc');
    expect(findOutletDomain('www.inews.id', outlets)?.domain).toBe('inews.id');
  });

  it('ignores case and a trailing dot', () => {
    expect(lookup('WWW.iNews.ID')).toBe('inews');
    expect(lookup('www.inews.id.')).toBe('inews');
  });

  it('never matches a look-alike', () => {
    expect(lookup('inews.id.evil.com')).toBeUndefined();
    expect(lookup('www.inews.id.evil.com')).toBeUndefined();
    expect(lookup('notinews.id')).toBeUndefined();
    expect(lookup('inews-id.com')).toBeUndefined();
    expect(lookup('inewsid')).toBeUndefined();
    expect(lookup('id')).toBeUndefined();
    expect(lookup('co.uk')).toBeUndefined();
    expect(lookup('evilbbc.co.uk')).toBeUndefined();
  });

  it('prefers the most specific listed domain', () => {
    expect(lookup('www.news.example.co.uk')).toBe('example-news');
    expect(lookup('sport.example.co.uk')).toBe('example');
  });

  it('finds nothing for addresses and malformed hosts', () => {
    expect(lookup('')).toBeUndefined();
    expect(lookup('127.0.0.1')).toBeUndefined();
    expect(lookup('[::1]')).toBeUndefined();
    expect(lookup('inews.id:443')).toBeUndefined();
    expect(lookup('www..inews.id')).toBeUndefined();
    expect(lookup('localhost')).toBeUndefined();
  });
});

describe('candidateDomains', () => {
  it('lists the host and its parents, never a lone top-level label', () => {
    expect(candidateDomains('a.b.inews.id')).toEqual(['a.b.inews.id', 'b.inews.id', 'inews.id']);
    expect(candidateDomains('inews.id')).toEqual(['inews.id']);
  });

  it('normalises hosts', () => {
    expect(normalizeHost(' WWW.Inews.Id. ')).toBe('www.inews.id');
    expect(normalizeHost('10.0.0.1')).toBeUndefined();
  });
});
