import { z } from 'zod';
import { ClaimCard, FoundMark } from '../claims/mark-card';
import { NoteInput } from '../kb/notes-schema';
import {
  Citation,
  Entity,
  EntityType,
  HttpUrl,
  Identifier,
  LanguageCode,
  PartialDate,
} from '../kb/pack-schema';
import { Settings } from '../settings/settings';
import { SettingsChange } from '../settings/settings-change';
import { MatchChoice } from '../wrong-match/match-choices';

/**
 * The one message protocol between content scripts, extension pages and the background.
 * Every request is a member of one zod discriminated union and is parsed before it is acted on;
 * every response is a Result, parsed by the sender against the schema paired with its request.
 */

const MAX_SEGMENTS = 2000;
const MAX_SEGMENT_CHARS = 200_000;

export const SourceKind = z.enum(['bundled', 'file', 'url', 'notes']);

export const SourceSummary = z.object({
  id: Identifier,
  kind: SourceKind,
  name: z.record(z.string(), z.string()),
  publisher: z.string(),
  version: z.string(),
  license: z.string(),
  languages: z.array(z.string()),
  entityCount: z.number().int().nonnegative(),
  enabled: z.boolean(),
  priority: z.number().int(),
  updatedAt: z.number(),
  /** Where a subscribed source (kind 'url') is fetched from. */
  url: z.string().optional(),
  /** A fact-check (ClaimReview) source: how many claims it holds. */
  claimCount: z.number().int().nonnegative().optional(),
  /** After an import of a ClaimReview feed: records refused, and the first refusal. */
  skipped: z.object({ count: z.number().int().positive(), message: z.string() }).optional(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const FoundMention = z.object({
  segment: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  entityId: z.string(),
  candidates: z.array(z.string()),
  probable: z.boolean(),
  /** The name fits several entities and nothing on the page decided between them (see `candidates`). */
  unsure: z.boolean().default(false),
});
export type FoundMention = z.infer<typeof FoundMention>;

/** The entity fields a card merges when several sources describe the same thing. */
export const MERGED_FIELDS = [
  'type',
  'wikidata',
  'names',
  'descriptions',
  'summaries',
  'facts',
  'events',
  'related',
] as const;
export const MergedField = z.enum(MERGED_FIELDS);
export type MergedField = z.infer<typeof MergedField>;

/**
 * Which source said what. `sources` lists every enabled source that describes the entity, highest
 * priority first (the first is `CardData.source`); `fields` names the source each merged field
 * came from; `citations` names the source of each citation id in `CardData.citations`.
 */
export const CardProvenance = z.object({
  sources: z
    .array(z.object({ id: z.string(), name: z.record(z.string(), z.string()), entityId: z.string() }))
    .min(1),
  fields: z.partialRecord(MergedField, z.string()),
  citations: z.record(z.string(), z.string()),
});
export type CardProvenance = z.infer<typeof CardProvenance>;

export const CardData = z.object({
  entity: Entity,
  source: z.object({ id: z.string(), name: z.record(z.string(), z.string()) }),
  citations: z.array(Citation),
  /** Present whenever the background builds the card; optional so older callers still parse. */
  provenance: CardProvenance.optional(),
});
export type CardData = z.infer<typeof CardData>;

/** What the toolbar popup lists for one entity. */
export const EntitySummary = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  description: z.string(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** Why Konteks is or is not marking a page (see src/settings/settings.ts shouldRun). */
export const PageStatus = z.enum(['running', 'paused', 'site-off', 'not-an-article', 'not-chosen']);
export type PageStatus = z.infer<typeof PageStatus>;

/** One entity in a list of a source's entities (browsing, update previews). */
export const BrowseItem = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  description: z.string(),
});
export type BrowseItem = z.infer<typeof BrowseItem>;

/** What an update of a subscribed source would change, shown before it is applied. */
export const UpdatePreview = z.object({
  sourceId: Identifier,
  fromVersion: z.string(),
  toVersion: z.string(),
  added: z.array(BrowseItem),
  changed: z.array(BrowseItem),
  removed: z.array(BrowseItem),
});
export type UpdatePreview = z.infer<typeof UpdatePreview>;

/** The outlet behind a page's site, for the page panel; null when no enabled source knows it. */
export const OutletInfo = z
  .object({
    /** The listed domain the page's host matched (inews.id for www.inews.id). */
    domain: z.string(),
    entity: Entity,
    source: z.object({ id: z.string(), name: z.record(z.string(), z.string()) }),
    citations: z.array(Citation),
    /** Names of the entities the outlet points to (owner, country). */
    linked: z.array(EntitySummary),
  })
  .nullable();
export type OutletInfo = z.infer<typeof OutletInfo>;

const MAX_TEXT = 20 * 1024 * 1024;
const FileText = z.object({ fileName: z.string(), text: z.string() });

/** Request and response schemas, per message type. */
export const messages = {
  // Answered by the content script of a tab (the popup sends them with browser.tabs.sendMessage).
  'page-entities': {
    request: z.object({ type: z.literal('page-entities') }),
    response: z.object({
      host: z.string(),
      /** The page's address, so the popup can ask for the claims reviewed there. */
      url: z.string().max(4096).optional(),
      status: PageStatus,
      entities: z.array(z.object({ entityId: z.string(), count: z.number().int().positive() })),
    }),
  },
  'reveal-entity': {
    request: z.object({ type: z.literal('reveal-entity'), entityId: z.string().max(200) }),
    response: z.object({ revealed: z.boolean() }),
  },
  /** The keyboard shortcut (background → tab): open the card of the next name marked on the page. */
  'reveal-next': {
    request: z.object({ type: z.literal('reveal-next') }),
    response: z.object({ entityId: z.string() }),
  },
  // Answered by the background.
  'entity-summaries': {
    request: z.object({
      type: z.literal('entity-summaries'),
      entityIds: z.array(z.string().max(200)).max(5000),
      lang: LanguageCode.optional(),
    }),
    response: z.array(EntitySummary),
  },
  /** A content script reports how many entities it marked; the background shows it on the toolbar badge. */
  'page-count': {
    request: z.object({
      type: z.literal('page-count'),
      count: z.number().int().nonnegative().max(1_000_000),
    }),
    response: z.object({ shown: z.boolean() }),
  },
  'find-mentions': {
    request: z.object({
      type: z.literal('find-mentions'),
      segments: z.array(z.string().max(MAX_SEGMENT_CHARS)).max(MAX_SEGMENTS),
      lang: LanguageCode.optional(),
      /** What the page has told so far, to decide what an ambiguous name means. */
      context: z
        .object({
          articleDate: PartialDate.optional(),
          pageEntities: z.array(z.string().max(200)).max(5000).default([]),
        })
        .optional(),
      /** Also look for claim sentences and note phrases; false where no marker can be placed. */
      withMarks: z.boolean().default(true),
    }),
    response: z.object({
      mentions: z.array(FoundMention),
      revision: z.number(),
      /** Sentences that state a reviewed claim, and phrases a context note explains. */
      marks: z.array(FoundMark).default([]),
    }),
  },
  /** The reviewed claims that list this page's address as where they appeared (the popup asks). */
  'page-claims': {
    request: z.object({ type: z.literal('page-claims'), url: z.string().max(4096) }),
    response: z.array(ClaimCard),
  },
  /** The page panel asks which outlet publishes the active tab's site. */
  'outlet-for-host': {
    request: z.object({
      type: z.literal('outlet-for-host'),
      host: z.string().max(253),
      lang: LanguageCode.optional(),
    }),
    response: OutletInfo,
  },
  /**
   * The reader said a marked name is wrong (from the card, on a trusted click). The background takes
   * the site from the sender's URL, never from the message, so a page can only speak for itself.
   */
  'wrong-match': {
    request: z.object({
      type: z.literal('wrong-match'),
      /** The name as the page wrote it. */
      text: z.string().trim().min(1).max(200),
      entityId: Identifier,
      choice: z.enum(['not-here', 'not-anywhere', 'instead']),
      /** For 'instead': the candidate the name means. */
      chosen: Identifier.optional(),
    }),
    response: z.object({ id: z.string() }),
  },
  /** The card's Undo, right after a choice: only for a choice made on the sender's own site, and recently. */
  'undo-wrong-match': {
    request: z.object({ type: z.literal('undo-wrong-match'), id: z.string().max(40) }),
    response: z.object({ removed: z.string() }),
  },
  'list-match-choices': {
    request: z.object({ type: z.literal('list-match-choices') }),
    response: z.array(MatchChoice),
  },
  'remove-match-choice': {
    request: z.object({ type: z.literal('remove-match-choice'), id: z.string().max(40) }),
    response: z.object({ removed: z.string() }),
  },
  'get-card': {
    request: z.object({ type: z.literal('get-card'), entityId: z.string().max(200) }),
    response: CardData,
  },
  'list-sources': {
    request: z.object({ type: z.literal('list-sources') }),
    response: z.array(SourceSummary),
  },
  'set-source-enabled': {
    request: z.object({ type: z.literal('set-source-enabled'), sourceId: Identifier, enabled: z.boolean() }),
    response: SourceSummary,
  },
  'import-pack': {
    request: z.object({
      type: z.literal('import-pack'),
      text: z.string(),
      fileName: z.string().max(500).optional(),
    }),
    response: SourceSummary,
  },
  'export-source': {
    request: z.object({ type: z.literal('export-source'), sourceId: Identifier }),
    response: z.object({ fileName: z.string(), text: z.string() }),
  },
  'update-settings': {
    request: z.object({ type: z.literal('update-settings'), change: SettingsChange }),
    response: Settings,
  },
  'browse-entities': {
    request: z.object({
      type: z.literal('browse-entities'),
      sourceId: Identifier,
      query: z.string().max(200).default(''),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(200).default(50),
      lang: LanguageCode.optional(),
    }),
    response: z.object({ total: z.number().int().nonnegative(), items: z.array(BrowseItem) }),
  },
  'source-card': {
    request: z.object({ type: z.literal('source-card'), sourceId: Identifier, entityId: Identifier }),
    response: CardData,
  },
  'list-notes': {
    request: z.object({ type: z.literal('list-notes') }),
    response: z.array(NoteInput.extend({ id: Identifier })),
  },
  'save-note': {
    request: z.object({ type: z.literal('save-note'), note: NoteInput }),
    response: NoteInput.extend({ id: Identifier }),
  },
  'delete-note': {
    request: z.object({ type: z.literal('delete-note'), entityId: Identifier }),
    response: z.object({ deleted: Identifier }),
  },
  /** The options page fetched `url` (an MV3 worker may stop mid-download); the background validates and installs. */
  'subscribe-pack': {
    request: z.object({ type: z.literal('subscribe-pack'), url: HttpUrl, text: z.string().max(MAX_TEXT) }),
    response: SourceSummary,
  },
  'preview-update': {
    request: z.object({
      type: z.literal('preview-update'),
      sourceId: Identifier,
      text: z.string().max(MAX_TEXT),
    }),
    response: UpdatePreview,
  },
  'apply-update': {
    request: z.object({
      type: z.literal('apply-update'),
      sourceId: Identifier,
      text: z.string().max(MAX_TEXT),
    }),
    response: SourceSummary,
  },
  backup: {
    request: z.object({ type: z.literal('backup') }),
    response: FileText,
  },
  'restore-backup': {
    request: z.object({ type: z.literal('restore-backup'), text: z.string().max(MAX_TEXT * 4) }),
    response: z.object({ sources: z.number().int(), notes: z.number().int() }),
  },
  'reset-all': {
    request: z.object({ type: z.literal('reset-all') }),
    response: z.object({ removed: z.number().int() }),
  },
  'move-source': {
    request: z.object({
      type: z.literal('move-source'),
      sourceId: Identifier,
      direction: z.enum(['up', 'down']),
    }),
    /** Every source in the new order. */
    response: z.array(SourceSummary),
  },
  'remove-source': {
    request: z.object({ type: z.literal('remove-source'), sourceId: Identifier }),
    response: z.object({ removed: Identifier }),
  },
} as const;

type Messages = typeof messages;
export type MessageType = keyof Messages;
export type RequestOf<T extends MessageType> = z.infer<Messages[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Messages[T]['response']>;

export const Request = z.discriminatedUnion('type', [
  messages['page-entities'].request,
  messages['reveal-entity'].request,
  messages['reveal-next'].request,
  messages['entity-summaries'].request,
  messages['page-count'].request,
  messages['find-mentions'].request,
  messages['page-claims'].request,
  messages['get-card'].request,
  messages['outlet-for-host'].request,
  messages['wrong-match'].request,
  messages['undo-wrong-match'].request,
  messages['list-match-choices'].request,
  messages['remove-match-choice'].request,
  messages['list-sources'].request,
  messages['set-source-enabled'].request,
  messages['import-pack'].request,
  messages['export-source'].request,
  messages['remove-source'].request,
  messages['move-source'].request,
  messages['update-settings'].request,
  messages['browse-entities'].request,
  messages['source-card'].request,
  messages['list-notes'].request,
  messages['save-note'].request,
  messages['delete-note'].request,
  messages['subscribe-pack'].request,
  messages['preview-update'].request,
  messages['apply-update'].request,
  messages.backup.request,
  messages['restore-backup'].request,
  messages['reset-all'].request,
]);
export type Request = z.infer<typeof Request>;

/** Messages a content script answers; the background refuses them. */
export const TO_CONTENT_SCRIPT: ReadonlySet<MessageType> = new Set([
  'page-entities',
  'reveal-entity',
  'reveal-next',
]);

/** Messages that change what the reader has; only extension pages may send them. */
export const STATE_CHANGING: ReadonlySet<MessageType> = new Set([
  'set-source-enabled',
  'import-pack',
  'remove-source',
  'move-source',
  'update-settings',
  'save-note',
  'delete-note',
  'subscribe-pack',
  'apply-update',
  'restore-backup',
  'reset-all',
  'remove-match-choice',
  // Not changes, but they hand out the reader's own data (notes, settings): extension pages only.
  'list-notes',
  'backup',
  'list-match-choices',
]);

export const ProblemSchema = z.object({ code: z.string(), message: z.string(), path: z.string().optional() });

export function responseSchema<T extends MessageType>(type: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: messages[type].response }),
    z.object({ ok: z.literal(false), error: ProblemSchema }),
  ]);
}
