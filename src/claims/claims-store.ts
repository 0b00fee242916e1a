import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ClaimRow, KonteksDB, KonteksSchema, SourceRecord } from '../kb/db';
import { inOneTransaction, type WriteTx } from '../kb/install-pack';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../kb/pack-schema';
import { fail, ok, type Result } from '../shared/result';
import type { ClaimRecord } from './claim-record';
import type { ClaimFeed } from './claim-review-parse';
import { urlKey } from './url-key';

/**
 * ClaimReview sources in the knowledge base: a source record (kind 'file' or 'url', content
 * 'claims') like any pack's, and its fact-checks in the `claims` store. Written in one
 * transaction: a refused or failed import leaves the reader's data exactly as it was.
 */

export interface ClaimsOrigin {
  kind: 'file' | 'url';
  fileName?: string | undefined;
  url?: string | undefined;
  now?: number;
  /** Restoring a backup sets these; otherwise a replaced source keeps its own. */
  enabled?: boolean | undefined;
  priority?: number | undefined;
  /** Replace this source (an update of a subscribed feed); otherwise the id comes from the origin. */
  sourceId?: string | undefined;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** A stable source id: the feed's address for a subscription, else its file name or its name. */
export function claimsSourceId(feed: ClaimFeed, origin: ClaimsOrigin): string {
  let base = '';
  if (origin.url) {
    const url = new URL(origin.url);
    base = `${url.host}${url.pathname}`.replace(/\.json$/i, '');
  } else {
    base =
      origin.fileName?.replace(/\.[a-z0-9]+$/i, '') || feed.name || feed.records[0]?.author.name || 'feed';
  }
  const name = slug(base) || 'feed';
  // A file Konteks exported ("claims-feed.json") comes back under the same id (undo of a removal).
  return name.startsWith('claims-') ? name : `claims-${name}`;
}

function rowOf(sourceId: string, claim: ClaimRecord): ClaimRow {
  const keys = claim.appearances.map(urlKey).filter((k): k is string => k !== undefined);
  return { sourceId, id: claim.id, claim, appearanceKeys: [...new Set(keys)] };
}

/** The header every source carries (see PackHeader), made up from what the feed says. */
function headerOf(id: string, feed: ClaimFeed, origin: ClaimsOrigin): SourceRecord['header'] {
  const publishers = [...new Set(feed.records.map((r) => r.author.name))];
  const languages = [...new Set(feed.records.map((r) => r.language).filter((l): l is string => !!l))];
  const name = feed.name ?? origin.fileName ?? publishers.slice(0, 3).join(', ');
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    name: { en: name.slice(0, 300) || id },
    version: '1.0.0',
    license: (feed.license ?? 'as stated by each fact-check').slice(0, 300),
    languages: languages.length > 0 ? languages.slice(0, 300) : ['und'],
    publisher: {
      name:
        (publishers.length > 3 ? `${publishers.slice(0, 3).join(', ')}, …` : publishers.join(', ')).slice(
          0,
          300,
        ) || id,
    },
    citations: [],
  };
}

/** Installs or replaces a ClaimReview source with all its claims, in one transaction. */
export async function installClaims(
  db: KonteksDB,
  feed: ClaimFeed,
  origin: ClaimsOrigin,
): Promise<Result<SourceRecord>> {
  return inOneTransaction(db, (tx) => putClaims(tx, feed, origin));
}

/** Writes one ClaimReview source inside the caller's transaction (a backup restore writes several). */
export async function putClaims(
  tx: WriteTx,
  feed: ClaimFeed,
  origin: ClaimsOrigin,
): Promise<Result<SourceRecord>> {
  const now = origin.now ?? Date.now();
  const id = origin.sourceId ?? claimsSourceId(feed, origin);
  const sources = tx.objectStore('sources');
  const claims = tx.objectStore('claims');
  const previous = await sources.get(id);
  if (previous && previous.content !== 'claims') {
    return fail(
      'source-exists',
      `a source with id "${id}" is already installed and is not a fact-check feed`,
      'id',
    );
  }
  for (const key of await claims.index('bySource').getAllKeys(id)) await claims.delete(key);
  await Promise.all(feed.records.map((claim) => claims.put(rowOf(id, claim))));
  const all = await sources.getAll();
  const url = origin.kind === 'url' ? (origin.url ?? previous?.url) : undefined;
  const record: SourceRecord = {
    id,
    kind: origin.kind,
    header: headerOf(id, feed, origin),
    enabled: origin.enabled ?? previous?.enabled ?? true,
    priority: origin.priority ?? previous?.priority ?? Math.max(0, ...all.map((s) => s.priority)) + 1,
    entityCount: 0,
    importedAt: previous?.importedAt ?? now,
    updatedAt: now,
    content: 'claims',
    claimCount: feed.records.length,
    ...(url ? { url } : {}),
  };
  await sources.put(record);
  return ok(record);
}

/** Deletes a source's claims inside the caller's transaction (removing a source, a reset). */
export async function deleteClaimsOf(
  claims: IDBPObjectStore<KonteksSchema, ArrayLike<StoreNames<KonteksSchema>>, 'claims', 'readwrite'>,
  sourceId: string,
): Promise<void> {
  for (const key of await claims.index('bySource').getAllKeys(sourceId)) await claims.delete(key);
}

export interface SourcedClaim {
  claim: ClaimRecord;
  source: { id: string; name: Record<string, string> };
}

async function enabledClaimSources(db: KonteksDB): Promise<Map<string, SourceRecord>> {
  const sources = await db.getAll('sources');
  return new Map(sources.filter((s) => s.enabled && s.content === 'claims').map((s) => [s.id, s]));
}

/** The reviewed claims that list `pageUrl` as an appearance, from enabled sources, newest first. */
export async function claimsForUrl(db: KonteksDB, pageUrl: string): Promise<SourcedClaim[]> {
  const key = urlKey(pageUrl);
  if (!key) return [];
  const sources = await enabledClaimSources(db);
  const rows = await db.getAllFromIndex('claims', 'byAppearance', key);
  return sourced(rows, sources).sort((a, b) =>
    (b.claim.datePublished ?? '').localeCompare(a.claim.datePublished ?? ''),
  );
}

/** Every claim of the enabled sources, highest-priority source first (for the sentence matcher). */
export async function enabledClaims(db: KonteksDB): Promise<SourcedClaim[]> {
  const sources = await enabledClaimSources(db);
  const ordered = [...sources.values()].sort((a, b) => a.priority - b.priority);
  const out: SourcedClaim[] = [];
  for (const source of ordered)
    out.push(...sourced(await db.getAllFromIndex('claims', 'bySource', source.id), sources));
  return out;
}

function sourced(rows: readonly ClaimRow[], sources: Map<string, SourceRecord>): SourcedClaim[] {
  const out: SourcedClaim[] = [];
  for (const row of rows) {
    const source = sources.get(row.sourceId);
    if (source) out.push({ claim: row.claim, source: { id: source.id, name: source.header.name } });
  }
  return out;
}

/** A source's claims as stored (backups keep them exactly). */
export async function claimsOf(db: KonteksDB, sourceId: string): Promise<ClaimRecord[]> {
  const rows = await db.getAllFromIndex('claims', 'bySource', sourceId);
  return rows.map((row) => row.claim);
}

/** Back to schema.org: a DataFeed any ClaimReview reader (Konteks included) can import again. */
export function toDataFeed(record: SourceRecord, claims: readonly ClaimRecord[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: record.header.name.en,
    dataFeedElement: [
      {
        '@type': 'DataFeedItem',
        item: claims.map((c) => ({
          '@type': 'ClaimReview',
          url: c.url,
          claimReviewed: c.claimReviewed,
          ...(c.datePublished ? { datePublished: c.datePublished } : {}),
          ...(c.language ? { inLanguage: c.language } : {}),
          ...(c.license ? { sdLicense: c.license } : {}),
          author: {
            '@type': 'Organization',
            name: c.author.name,
            ...(c.author.url ? { url: c.author.url } : {}),
          },
          reviewRating: {
            '@type': 'Rating',
            alternateName: c.verdict,
            ...(c.ratingValue !== undefined ? { ratingValue: c.ratingValue } : {}),
            ...(c.bestRating !== undefined ? { bestRating: c.bestRating } : {}),
            ...(c.worstRating !== undefined ? { worstRating: c.worstRating } : {}),
          },
          itemReviewed: {
            '@type': 'Claim',
            ...(c.claimant ? { author: { name: c.claimant } } : {}),
            appearance: c.appearances.map((url) => ({ '@type': 'CreativeWork', url })),
          },
        })),
      },
    ],
  };
}
