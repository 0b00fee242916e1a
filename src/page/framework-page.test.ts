// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { frameworkSign } from './framework-page';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('frameworkSign: pages a framework may hydrate are told apart from plain articles', () => {
  it.each([
    ['<div id="__next"><p>Aleppo</p></div>', 'Next.js'],
    ['<script id="__NEXT_DATA__" type="application/json">{}</script><p>x</p>', 'Next.js'],
    ['<div id="__nuxt"><p>x</p></div>', 'Nuxt'],
    ['<div data-reactroot=""><p>x</p></div>', 'React'],
    ['<div id="app" data-server-rendered="true"><p>x</p></div>', 'Vue'],
    ['<app-root ng-version="17.0.0"><p>x</p></app-root>', 'Angular'],
    ['<astro-island><p>x</p></astro-island>', 'Astro'],
  ])('%s → %s', (html, sign) => {
    expect(frameworkSign(page(html))).toBe(sign);
  });

  it('a mount point with server-rendered content and a script: the shape of a hydrated app (Preact leaves no marker)', () => {
    expect(
      frameworkSign(
        page('<main id="root"><article><p>Aleppo</p></article></main><script src="app.js"></script>'),
      ),
    ).toBe('mount point #root');
  });

  it('an empty mount point (rendered later by the client) or one without a script is not a sign', () => {
    expect(frameworkSign(page('<div id="root"></div><script src="app.js"></script>'))).toBeUndefined();
    expect(frameworkSign(page('<div id="app"><p>Aleppo</p></div>'))).toBeUndefined();
  });

  it('data scripts (JSON-LD) do not count as an app', () => {
    expect(
      frameworkSign(page('<div id="app"><p>x</p></div><script type="application/ld+json">{}</script>')),
    ).toBeUndefined();
  });

  it('a plain article with scripts and no mount point is wrapped as before', () => {
    expect(
      frameworkSign(page('<article><h1>Suriah</h1><p>Assad</p></article><script>1</script>')),
    ).toBeUndefined();
  });
});
