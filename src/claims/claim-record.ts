import { z } from 'zod';
import { HttpUrl, LanguageCode, PartialDate } from '../kb/pack-schema';

/**
 * One fact-checker's verdict on one claim, normalised from whatever shape of schema.org
 * ClaimReview it came in (see claim-review-parse.ts). This is what is stored and what cards show.
 */
export const ClaimRecord = z.object({
  /** Stable across re-imports: the review's URL plus a hash of the claim (one article may review several). */
  id: z.string().min(1).max(2100),
  claimReviewed: z.string().min(1).max(2000),
  /** The verdict as the fact-checker worded it (reviewRating.alternateName). */
  verdict: z.string().min(1).max(300),
  ratingValue: z.number().optional(),
  bestRating: z.number().optional(),
  worstRating: z.number().optional(),
  /** Who checked it. */
  author: z.object({ name: z.string().min(1).max(300), url: HttpUrl.optional() }),
  /** Who made the claim, when the review says (itemReviewed.author). */
  claimant: z.string().max(300).optional(),
  datePublished: PartialDate.optional(),
  /** The fact-check article. */
  url: HttpUrl,
  /** Where the claim was seen (itemReviewed.appearance / firstAppearance), http(s) only. */
  appearances: z.array(HttpUrl).max(200),
  language: LanguageCode.optional(),
  /** The record's sdLicense, else the feed's. */
  license: z.string().max(300).optional(),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;
