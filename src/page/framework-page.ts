/**
 * Does this page look like a server-rendered app that a framework hydrates (React, Next.js, Vue,
 * Nuxt, Preact, Svelte, Angular, Gatsby, Astro)? From the content script's isolated world nothing
 * tells whether hydration has already happened (the framework's bookkeeping lives in the page's
 * own JavaScript world), and an element added inside the app before it hydrates breaks it (React
 * throws a hydration mismatch and re-renders; Preact adopts the wrong text). So on such pages
 * Konteks marks with CSS highlights, which change nothing in the DOM (see highlight-mentions.ts).
 *
 * Returns what gave the page away, for the README's and the tests' sake, or undefined.
 */
export function frameworkSign(doc: Document): string | undefined {
  for (const [selector, sign] of MARKERS) {
    if (doc.querySelector(selector)) return sign;
  }
  // A mount point that already holds server-rendered content, on a page that runs scripts: the
  // shape of every hydrated app, with or without a framework's own marker (Preact leaves none).
  const mount = doc.querySelector(MOUNT_POINTS);
  if (mount?.firstElementChild && hasAppScript(doc)) return `mount point #${mount.id}`;
  return undefined;
}

/** Markers frameworks leave in server-rendered HTML. */
const MARKERS: [string, string][] = [
  ['#__next, script#__NEXT_DATA__', 'Next.js'],
  ['#__nuxt, script#__NUXT_DATA__', 'Nuxt'],
  ['[data-reactroot]', 'React'],
  ['[data-server-rendered]', 'Vue'],
  ['[ng-version], [ng-server-context]', 'Angular'],
  ['#___gatsby', 'Gatsby'],
  ['astro-island', 'Astro'],
  ['[data-sveltekit-hydrate], [data-sveltekit-preload-data]', 'SvelteKit'],
];

const MOUNT_POINTS = '#root, #app, #__app, #svelte, #main-app';

/** A script that runs (not JSON-LD or other data blocks). */
function hasAppScript(doc: Document): boolean {
  for (const script of doc.scripts) {
    const type = script.type.trim().toLowerCase();
    if (type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript')
      return true;
  }
  return false;
}
