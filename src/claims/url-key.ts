/**
 * One key per page address, so a claim's recorded appearance and the page the reader is on can be
 * compared: `HTTP://WWW.Example.com/a/?utm_source=x#top` and `https://example.com/a` are one page.
 *
 * Folded: the scheme (http and https are the same page), the host's case and a leading "www.",
 * default ports, a trailing slash, the fragment, and tracking parameters (utm_*, fbclid, gclid, …).
 * Kept: the path's case and every other query parameter, sorted (they can select the article).
 */

const TRACKING =
  /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ref_url)$/i;

export function urlKey(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '') || '';
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${path}${query}`;
}
