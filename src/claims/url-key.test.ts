import { describe, expect, it } from 'vitest';
import { urlKey } from './url-key';

describe('urlKey', () => {
  it('folds scheme, host case, www, trailing slash, fragment and tracking parameters', () => {
    const key = urlKey('https://www.inews.id/news/a-b');
    for (const same of [
      'http://inews.id/news/a-b/',
      'HTTPS://WWW.INEWS.ID/news/a-b#comments',
      'https://www.inews.id/news/a-b?utm_source=fb&utm_medium=social&fbclid=1',
      'https://www.inews.id:443/news/a-b',
    ])
      expect(urlKey(same)).toBe(key);
  });

  it('keeps what can select another page: path case, other parameters (sorted), ports', () => {
    const key = urlKey('https://example.com/news/a');
    expect(urlKey('https://example.com/News/A')).not.toBe(key);
    expect(urlKey('https://example.com/news/a?id=2')).not.toBe(key);
    expect(urlKey('https://example.com/a?b=2&a=1')).toBe(urlKey('https://example.com/a?a=1&b=2'));
    expect(urlKey('https://example.com:8443/news/a')).not.toBe(key);
  });

  it('has no key for non-web or broken addresses', () => {
    expect(urlKey('javascript:alert(1)')).toBeUndefined();
    expect(urlKey('not a url')).toBeUndefined();
  });
});
