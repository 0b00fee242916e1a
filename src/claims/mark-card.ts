import { z } from 'zod';
import { Citation, HttpUrl, PartialDate } from '../kb/pack-schema';

/**
 * What a claim or context-note card shows, as the background sends it (with the marks it found
 * on a page, and to the popup for the page's own address). Text only; links are http(s).
 */
const SourceRef = z.object({ id: z.string(), name: z.record(z.string(), z.string()) });

export const ClaimCard = z.object({
  kind: z.literal('claim'),
  id: z.string().max(2100),
  claimReviewed: z.string().max(2000),
  /** reviewRating.alternateName, as the fact-checker worded it. */
  verdict: z.string().max(300),
  author: z.object({ name: z.string().max(300), url: HttpUrl.optional() }),
  claimant: z.string().max(300).optional(),
  datePublished: PartialDate.optional(),
  url: HttpUrl,
  source: SourceRef,
});
export type ClaimCard = z.infer<typeof ClaimCard>;

export const NoteCard = z.object({
  kind: z.literal('note'),
  id: z.string().max(120),
  /** The phrase as the page wrote it. */
  phrase: z.string().max(400),
  text: z.string().max(2000),
  sources: z.array(Citation).max(20),
  source: SourceRef,
});
export type NoteCard = z.infer<typeof NoteCard>;

export const MarkCard = z.discriminatedUnion('kind', [ClaimCard, NoteCard]);
export type MarkCard = z.infer<typeof MarkCard>;

/** A sentence (claim) or phrase (note) of a segment of page text, and the card it opens. */
export const FoundMark = z.object({
  segment: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  card: MarkCard,
});
export type FoundMark = z.infer<typeof FoundMark>;
