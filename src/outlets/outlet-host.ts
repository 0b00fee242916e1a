/**
 * Which outlet a page's host belongs to. Pure: no DOM, no browser API.
 *
 * An outlet owns its domain and every subdomain of it (www.inews.id, m.inews.id → inews.id), so
 * the host is looked up label by label from the left, longest first: the most specific domain a
 * pack lists wins (news.example.co.uk before example.co.uk). Only whole trailing labels are ever
 * compared, so a look-alike never matches: inews.id.evil.com ends in evil.com, notinews.id is
 * another name than inews.id.
 */

/** A page's host as the outlet index keys it: lower case, no trailing dot, no port; undefined if not a name. */
export function normalizeHost(host: string): string | undefined {
  let name = host.trim().toLowerCase();
  // URL.hostname never has a port, but a host header-like "inews.id:443" should not slip through.
  if (name.startsWith('[') || name.includes(':')) return undefined;
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name.length === 0 || name.length > 253 || !name.includes('.')) return undefined;
  // IPv4 addresses belong to no outlet.
  if (/^[\d.]+$/.test(name)) return undefined;
  return name;
}

/** The domains to look up for a host, most specific first, never a bare top-level label. */
export function candidateDomains(host: string): string[] {
  const name = normalizeHost(host);
  if (!name) return [];
  const labels = name.split('.');
  if (labels.some((label) => label.length === 0)) return [];
  const domains: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/** The entry for the most specific listed domain that the host is, or is a subdomain of. */
export function findOutletDomain<T>(
  host: string,
  byDomain: ReadonlyMap<string, T>,
): { domain: string; value: T } | undefined {
  for (const domain of candidateDomains(host)) {
    const value = byDomain.get(domain);
    if (value !== undefined) return { domain, value };
  }
  return undefined;
}
