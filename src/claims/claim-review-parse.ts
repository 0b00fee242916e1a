import { z } from 'zod';
import { formatPath } from '../kb/pack-parse';
import { HttpUrl, LanguageCode, PartialDate } from '../kb/pack-schema';
import { fail, ok, type Problem, type Result } from '../shared/result';
import { ClaimRecord } from './claim-record';

/**
 * Reads schema.org ClaimReview as fact-checkers publish it: one ClaimReview object, an array of
 * them, a JSON-LD `@graph`, or a `DataFeed` (`dataFeedElement[].item[]`, or ClaimReviews placed
 * directly in `dataFeedElement`). Numbers may come as strings ("1", "5"); each record may carry
 * its own `sdLicense`, else the feed's applies.
 *
 * Policy for bad records: real feeds often hold a few broken ones, so a feed imports its valid
 * records and reports how many it skipped, with the first problem (record path and field). A
 * feed in which no record is valid is refused whole, and nothing is stored.
 */

/** Same bound as packs (MAX_PACK_BYTES): a hostile file cannot exhaust memory. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;
export const MAX_CLAIMS = 50_000;

export interface ClaimFeed {
  records: ClaimRecord[];
  /** Records refused, and the first refusal, when some (not all) were bad. */
  skipped: number;
  firstProblem?: Problem | undefined;
  /** What the feed calls itself (DataFeed.name), when it says. */
  name?: string | undefined;
  license?: string | undefined;
}

const Text = (max: number) => z.string().trim().min(1).max(max);
/** A number, or a number written as a string (feeds do both). */
const Numeric = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(?:\.\d+)?$/, 'must be a number')
    .transform(Number),
]);
const Named = z.union([
  Text(300).transform((name) => ({ name, url: undefined as string | undefined })),
  z.looseObject({ name: Text(300).optional(), url: z.string().max(2048).optional() }),
]);
const OneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).max(200)]);
const Appearance = z.union([z.string().max(2048), z.looseObject({ url: z.string().max(2048).optional() })]);
const TypeName = z.union([z.string(), z.array(z.string()).max(20)]);
/** "2024-12-02", "2024-12-02T10:31:00+07:00", "2024-12", "2024". */
const DateText = z
  .string()
  .trim()
  .transform((value) => value.slice(0, value.length >= 10 && /^\d{4}-\d\d-\d\d/.test(value) ? 10 : undefined))
  .pipe(PartialDate);

const RawClaimReview = z.looseObject({
  '@type': TypeName.refine((t) => typeNames(t).includes('claimreview'), 'must be "ClaimReview"'),
  claimReviewed: Text(2000),
  reviewRating: z.looseObject({
    alternateName: Text(300),
    ratingValue: Numeric.optional(),
    bestRating: Numeric.optional(),
    worstRating: Numeric.optional(),
  }),
  url: HttpUrl,
  author: OneOrMany(Named).optional(),
  datePublished: DateText.optional(),
  itemReviewed: z
    .looseObject({
      author: OneOrMany(Named).optional(),
      appearance: OneOrMany(Appearance).optional(),
      firstAppearance: OneOrMany(Appearance).optional(),
    })
    .optional(),
  inLanguage: z.union([z.string(), z.looseObject({})]).optional(),
  sdLicense: z.string().max(300).optional(),
});
type RawClaimReview = z.infer<typeof RawClaimReview>;

function typeNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '').toLowerCase());
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a parsed JSON value is ClaimReview data (and not a Konteks pack), for the import paths. */
export function looksLikeClaimReview(value: unknown): boolean {
  const candidates = Array.isArray(value) ? value.slice(0, 5) : [value];
  return candidates.some((item) => {
    if (!isObject(item)) return false;
    const types = typeNames(item['@type']);
    return (
      types.includes('claimreview') ||
      types.includes('datafeed') ||
      Array.isArray(item.dataFeedElement) ||
      (Array.isArray(item['@graph']) && looksLikeClaimReview(item['@graph']))
    );
  });
}

interface Located {
  value: unknown;
  path: string;
}

/** Every record the input holds, with where it sits (for messages like "dataFeedElement[2].item[0]"). */
function locateRecords(value: unknown): { records: Located[]; name?: string; license?: string } {
  if (Array.isArray(value)) return { records: value.map((v, i) => ({ value: v, path: `[${i}]` })) };
  if (!isObject(value)) return { records: [] };
  const name = typeof value.name === 'string' ? value.name.trim().slice(0, 300) || undefined : undefined;
  const licenseOf = (v: Record<string, unknown>) =>
    typeof v.sdLicense === 'string' ? v.sdLicense : typeof v.license === 'string' ? v.license : undefined;
  const license = licenseOf(value);
  if (Array.isArray(value['@graph'])) {
    return {
      records: value['@graph'].map((v, i) => ({ value: v, path: `@graph[${i}]` })),
      name,
      license,
    };
  }
  if (Array.isArray(value.dataFeedElement)) {
    const records: Located[] = [];
    for (const [i, element] of value.dataFeedElement.entries()) {
      const at = `dataFeedElement[${i}]`;
      if (isObject(element) && 'item' in element) {
        const items = Array.isArray(element.item) ? element.item : [element.item];
        for (const [j, item] of items.entries()) records.push({ value: item, path: `${at}.item[${j}]` });
      } else {
        records.push({ value: element, path: at });
      }
    }
    return { records, name, license };
  }
  return { records: [{ value, path: '' }], name, license };
}

const first = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[0] : value);
const many = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const httpOnly = (url: string | undefined) => (url && HttpUrl.safeParse(url).success ? url : undefined);

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a claim's text. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function languageOf(value: RawClaimReview['inLanguage']): string | undefined {
  const raw = isObject(value) ? (value.alternateName ?? value.name) : value;
  if (typeof raw !== 'string') return undefined;
  const code = raw.trim().toLowerCase();
  return LanguageCode.safeParse(code).success ? code : undefined;
}

function normalise(raw: RawClaimReview, feedLicense: string | undefined): ClaimRecord {
  const author = first(raw.author);
  const authorUrl = httpOnly(author?.url);
  const authorName = author?.name ?? (authorUrl ? new URL(authorUrl).hostname : new URL(raw.url).hostname);
  const appearances = [...many(raw.itemReviewed?.firstAppearance), ...many(raw.itemReviewed?.appearance)]
    .map((a) => httpOnly(typeof a === 'string' ? a : a.url))
    .filter((url): url is string => url !== undefined);
  const { ratingValue, bestRating, worstRating } = raw.reviewRating;
  const license = raw.sdLicense ?? feedLicense;
  const language = languageOf(raw.inLanguage);
  const claimant = first(raw.itemReviewed?.author)?.name;
  return {
    id: `${raw.url}#${fingerprint(raw.claimReviewed)}`,
    claimReviewed: raw.claimReviewed,
    verdict: raw.reviewRating.alternateName,
    ...(ratingValue !== undefined ? { ratingValue } : {}),
    ...(bestRating !== undefined ? { bestRating } : {}),
    ...(worstRating !== undefined ? { worstRating } : {}),
    author: { name: authorName, ...(authorUrl ? { url: authorUrl } : {}) },
    ...(claimant ? { claimant } : {}),
    ...(raw.datePublished ? { datePublished: raw.datePublished } : {}),
    url: raw.url,
    appearances: [...new Set(appearances)].slice(0, 200),
    ...(language ? { language } : {}),
    ...(license ? { license: license.slice(0, 300) } : {}),
  };
}

function joinPath(record: string, inner: string): string {
  if (inner === '(top level)') return record || '(top level)';
  if (!record) return inner;
  return inner.startsWith('[') ? `${record}${inner}` : `${record}.${inner}`;
}

/** Validates already-parsed JSON as ClaimReview data; never throws. */
export function parseClaimReviewValue(value: unknown): Result<ClaimFeed> {
  const { records: located, name, license } = locateRecords(value);
  if (located.length === 0) return fail('no-claims', 'the file holds no ClaimReview records');
  if (located.length > MAX_CLAIMS)
    return fail('too-many', `the feed holds ${located.length} records; at most ${MAX_CLAIMS} are accepted`);
  const records: ClaimRecord[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let firstProblem: Problem | undefined;
  for (const { value: item, path } of located) {
    const parsed = RawClaimReview.safeParse(item);
    if (!parsed.success) {
      skipped++;
      if (!firstProblem) {
        const issue = parsed.error.issues[0];
        const at = joinPath(path, formatPath(issue?.path ?? []));
        firstProblem = {
          code: 'invalid-claim',
          message: `${at}: ${issue?.message ?? 'is not a ClaimReview'}`,
          path: at,
        };
      }
      continue;
    }
    const record = ClaimRecord.parse(normalise(parsed.data, license));
    if (seen.has(record.id)) continue; // the same review listed twice
    seen.add(record.id);
    records.push(record);
  }
  if (records.length === 0) {
    const problem = firstProblem ?? { code: 'no-claims', message: 'the file holds no ClaimReview records' };
    return { ok: false, error: problem };
  }
  return ok({ records, skipped, firstProblem, name, license });
}

/** Parses the text of a ClaimReview file or feed; never throws. */
export function parseClaimReviewText(text: string): Result<ClaimFeed> {
  if (text.length > MAX_FEED_BYTES)
    return fail('too-large', `the file is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('not-json', `the file is not valid JSON (${(error as Error).message})`);
  }
  return parseClaimReviewValue(value);
}
