import { z } from 'zod';

/**
 * Knowledge pack format v1: the one source of truth for what a pack may say.
 * Everything the reader sees on a card comes from data shaped by this schema, so every
 * field is bounded (lengths, counts) and every link must be http(s).
 */

export const PACK_FORMAT = 'konteks-pack';
export const PACK_FORMAT_VERSION = 1;

/** BCP 47-ish language code: "id", "en", "pt-BR", "zh-Hant". */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "id" or "en"');

/** Stable, lower-case identifier used for packs, entities and citations. */
export const Identifier = z
  .string()
  .min(1)
  .max(120)
  .regex(
    /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/,
    'must be lower-case letters, digits and - _ . (e.g. "bashar-al-assad")',
  );

/** A date with year, month or day precision: "2011", "2011-03", "2011-03-15". */
export const PartialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date like 2024, 2024-12 or 2024-12-08',
  );

/** Links are only ever http(s): a javascript: or data: URL must never reach a card. */
export const HttpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const shortText = z.string().trim().min(1).max(300);
const longText = z.string().trim().min(1).max(2000);

/** Text in several languages, keyed by language code. English is the fallback, so it is required. */
const localized = (text: z.ZodString) =>
  z.record(LanguageCode, text).refine((map) => typeof map.en === 'string', 'needs an "en" entry');

export const LocalizedName = localized(shortText);
export const LocalizedDescription = localized(shortText);
export const LocalizedSummary = localized(longText);

export const EntityType = z.enum([
  'person',
  'organisation',
  'armed-group',
  'government-body',
  'military-unit',
  'international-body',
  'political-party',
  'media',
  'platform',
  'country',
  'place',
  'city',
  'region',
  'military-base',
  'event',
  'process',
  'other',
]);

export const Citation = z.object({
  id: Identifier,
  title: shortText,
  url: HttpUrl,
  publisher: shortText,
  published: PartialDate.optional(),
  accessed: PartialDate.optional(),
});

export const Alias = z.object({
  text: z.string().trim().min(1).max(200),
  /** Only spot this alias on pages in this language ("AS" is the US on Indonesian pages only). */
  lang: LanguageCode.optional(),
  /** Match the letters' case exactly: "SANA" the agency, never "sana" ("there"). */
  caseSensitive: z.boolean().default(false),
  /** Why this alias exists; "misspelling" lets a card say the match is probable, not certain. */
  kind: z
    .enum(['name', 'short', 'acronym', 'transliteration', 'translation', 'former', 'misspelling'])
    .optional(),
  /**
   * An alias the pack knows is shared with another entity ("Jordan" the country and the river):
   * the matcher may then offer the candidates instead of picking one. Default false.
   */
  ambiguous: z.boolean().default(false),
});

const citationRefs = z.array(Identifier).min(1, 'every fact needs at least one source').max(20);

export const Fact = z.object({
  /** Machine-readable kind of fact: "position", "renamed", "designation", "capital", "leader", ... */
  property: Identifier,
  /** The fact as a reader sees it: "President of Syria". */
  label: localized(shortText),
  /** The entity this fact points to, if the pack has it (the country of a presidency, the new name). */
  object: Identifier.optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  sources: citationRefs,
});

export const DatedEvent = z.object({
  date: PartialDate,
  endDate: PartialDate.optional(),
  label: localized(longText),
  related: z.array(Identifier).max(50).default([]),
  sources: citationRefs,
});

/**
 * A host name in lower case, without scheme, port, path or trailing dot ("inews.id", "bbc.co.uk"):
 * at least two labels of letters, digits and inner hyphens; punycode ("xn--…") rather than Unicode.
 */
export const DomainName = z
  .string()
  .max(253)
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    'must be a lower-case host name such as "inews.id" (no scheme, port or path)',
  );

/**
 * What a media entity is as a publisher (optional): the domains it publishes on (subdomains such
 * as www. or m. belong to it too), its owner, country, languages and founding. Each claim but the
 * domains and languages carries its own sources, like a fact.
 */
export const Outlet = z.object({
  domains: z.array(DomainName).min(1).max(50),
  owner: z
    .object({
      /** The owner as a reader reads it, when no entity describes it: "MNC Media (MNC Group)". */
      name: localized(shortText).optional(),
      entity: Identifier.optional(),
      sources: citationRefs,
    })
    .refine((o) => o.name !== undefined || o.entity !== undefined, 'needs a name or an entity')
    .optional(),
  country: z
    .object({
      code: z
        .string()
        .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "ID"')
        .optional(),
      entity: Identifier.optional(),
      sources: citationRefs,
    })
    .refine((c) => c.code !== undefined || c.entity !== undefined, 'needs a code or an entity')
    .optional(),
  /** Languages it publishes in. */
  languages: z.array(LanguageCode).max(20).optional(),
  founded: z.object({ date: PartialDate, sources: citationRefs }).optional(),
});

export const Entity = z.object({
  id: Identifier,
  type: EntityType,
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'must be a Wikidata id such as Q42')
    .optional(),
  /**
   * Ids of entities in other sources that describe the same thing ("konteks-seed" bashar-al-assad
   * and a reader's pack's assad-bashar): a card then merges them, the higher source winning field by field.
   */
  sameAs: z.array(Identifier).max(20).optional(),
  names: LocalizedName,
  descriptions: LocalizedDescription,
  summaries: LocalizedSummary,
  aliases: z.array(Alias).max(500).default([]),
  facts: z.array(Fact).max(200).default([]),
  events: z.array(DatedEvent).max(200).default([]),
  related: z.array(Identifier).max(200).default([]),
  /** Sources for the entity as a whole (its description and summary). */
  sources: z.array(Identifier).max(50).default([]),
  /** For media: the outlet behind a website (see Outlet). */
  outlet: Outlet.optional(),
});

/**
 * A context note: our own short, sourced explanation of a phrase a reader would want context
 * for ("sejak 10 tahun lalu": the uprising began in March 2011). It is shown beside the phrase
 * where a page says it, in the same card as a fact-check.
 */
export const ContextNote = z.object({
  id: Identifier,
  /** The phrases it explains, matched as whole words after folding case, accents and hyphens. */
  phrases: z
    .array(z.object({ text: z.string().trim().min(3).max(200), lang: LanguageCode.optional() }))
    .min(1)
    .max(20),
  text: LocalizedSummary,
  sources: citationRefs,
});

export const Publisher = z.object({ name: shortText, url: HttpUrl.optional() });

export const Pack = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: Identifier,
  name: LocalizedName,
  description: LocalizedDescription.optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  license: shortText,
  languages: z.array(LanguageCode).min(1).max(300),
  publisher: Publisher,
  citations: z.array(Citation).max(20000).default([]),
  entities: z.array(Entity).max(50000),
  /** Context notes on phrases (optional; packs without them are unchanged). */
  notes: z.array(ContextNote).max(5000).optional(),
});

export type PackInput = z.input<typeof Pack>;
export type Pack = z.infer<typeof Pack>;
export type Entity = z.infer<typeof Entity>;
export type Alias = z.infer<typeof Alias>;
export type Fact = z.infer<typeof Fact>;
export type DatedEvent = z.infer<typeof DatedEvent>;
export type Citation = z.infer<typeof Citation>;
export type ContextNote = z.infer<typeof ContextNote>;
export type EntityType = z.infer<typeof EntityType>;
export type Outlet = z.infer<typeof Outlet>;
export type LocalizedText = Record<string, string>;
