import type { ClaimRecord } from '../claims/claim-record';
import { looksLikeClaimReview, MAX_FEED_BYTES, parseClaimReviewValue } from '../claims/claim-review-parse';
import { type ClaimsOrigin, claimsOf, installClaims, toDataFeed } from '../claims/claims-store';
import type { KonteksDB, SourceRecord } from '../kb/db';
import type { SourceSummary } from '../messaging/protocol';
import { fail, ok, type Result } from '../shared/result';

/**
 * ClaimReview input on the existing import paths (file import, URL subscription, update): the
 * reader uses the same controls as for packs; the background tells the two apart by content.
 */

export type ImportedClaims = SourceRecord & { skipped?: { count: number; message: string } };

/**
 * Installs `text` as a ClaimReview source when it is ClaimReview data; undefined when it is not
 * (then the caller reads it as a pack), so a Konteks pack never takes this path.
 */
export async function importClaims(
  db: KonteksDB,
  text: string,
  origin: ClaimsOrigin,
): Promise<Result<ImportedClaims> | undefined> {
  if (text.length > MAX_FEED_BYTES) return undefined; // the pack path refuses it with its message
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!looksLikeClaimReview(value)) return undefined;
  const feed = parseClaimReviewValue(value);
  if (!feed.ok) return feed;
  const installed = await installClaims(db, feed.value, origin);
  if (!installed.ok) return installed;
  const { skipped, firstProblem } = feed.value;
  return ok(
    skipped > 0
      ? { ...installed.value, skipped: { count: skipped, message: firstProblem?.message ?? '' } }
      : installed.value,
  );
}

/** A source's summary, with what an import of a ClaimReview feed skipped. */
export function withSkipped(toSummary: (record: SourceRecord) => SourceSummary) {
  return (record: ImportedClaims): SourceSummary => ({
    ...toSummary(record),
    ...(record.skipped ? { skipped: record.skipped } : {}),
  });
}

/** A ClaimReview source exported as a schema.org DataFeed; undefined for any other source. */
export async function exportClaimsSource(
  db: KonteksDB,
  sourceId: string,
): Promise<{ fileName: string; text: string } | undefined> {
  const record = await db.get('sources', sourceId);
  if (record?.content !== 'claims') return undefined;
  const feed = toDataFeed(record, await claimsOf(db, sourceId));
  return { fileName: `${sourceId}.json`, text: `${JSON.stringify(feed, null, 2)}\n` };
}

/** Refuses a pack update for a ClaimReview source (or the reverse) with a clear message. */
export function wrongContent(current: SourceRecord): Result<never> {
  return fail(
    'wrong-content',
    current.content === 'claims'
      ? `the address of "${current.id}" no longer serves ClaimReview data`
      : `the address of "${current.id}" now serves ClaimReview data, not a Konteks pack`,
  );
}

/** True when `text` is JSON that holds ClaimReview data. */
export function looksLikeClaimReviewText(text: string): boolean {
  if (text.length > MAX_FEED_BYTES) return false;
  try {
    return looksLikeClaimReview(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * Checks or applies an update of a subscribed ClaimReview source. The preview lists claims as
 * items of type "other" (the claim's text as the name, its verdict as the description).
 */
export async function updateClaims(
  request: { type: 'preview-update' | 'apply-update'; sourceId: string; text: string },
  current: SourceRecord,
  ctx: { db: KonteksDB; changed: <T, U>(result: Result<T>, map: (value: T) => U) => Promise<Result<U>> },
  toSummary: (record: SourceRecord) => unknown,
): Promise<Result<unknown>> {
  if (!looksLikeClaimReviewText(request.text)) return wrongContent(current);
  const feed = parseClaimReviewValue(JSON.parse(request.text));
  if (!feed.ok) return feed;
  if (request.type === 'apply-update') {
    const origin = { kind: current.kind === 'url' ? 'url' : 'file', sourceId: current.id } as const;
    return ctx.changed(await installClaims(ctx.db, feed.value, origin), toSummary);
  }
  const old = new Map((await claimsOf(ctx.db, current.id)).map((c) => [c.id, c]));
  const next = new Map(feed.value.records.map((c) => [c.id, c]));
  const item = (c: ClaimRecord) => ({
    id: c.id,
    name: c.claimReviewed.slice(0, 300),
    type: 'other' as const,
    description: c.verdict,
  });
  return ok({
    sourceId: current.id,
    // A feed has no version of its own: the lists below say whether anything changed.
    fromVersion: current.header.version,
    toVersion: current.header.version,
    added: [...next.values()].filter((c) => !old.has(c.id)).map(item),
    changed: [...next.values()]
      .filter((c) => old.has(c.id) && JSON.stringify(old.get(c.id)) !== JSON.stringify(c))
      .map(item),
    removed: [...old.values()].filter((c) => !next.has(c.id)).map(item),
  });
}
