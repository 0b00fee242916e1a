import type { Browser } from 'wxt/browser';
import { claimsForUrl } from '../claims/claims-store';
import { createMarkFinder, toClaimCard } from '../claims/find-marks';
import { lookupCard } from '../kb/card-lookup';
import type { KonteksDB, SourceRecord } from '../kb/db';
import { entitySummaries } from '../kb/entity-summaries';
import { installPack } from '../kb/install-pack';
import type { CachedMatcher } from '../kb/matcher-cache';
import { NOTES_SOURCE_ID } from '../kb/notes';
import { parsePackText } from '../kb/pack-parse';
import type { Entity } from '../kb/pack-schema';
import { COLLIDING_WORDS } from '../kb/quality/common-words';
import { exportSource, listSources, moveSource, removeSource, setSourceEnabled } from '../kb/sources-store';
import {
  type FoundMention,
  Request,
  type RequestOf,
  type ResponseOf,
  type SourceSummary,
  STATE_CHANGING,
  TO_CONTENT_SCRIPT,
} from '../messaging/protocol';
import { outletInfo } from '../outlets/outlet-info';
import { fail, ok, type Result } from '../shared/result';
import { aliasKey } from '../wrong-match/alias-key';
import { applyChoices } from '../wrong-match/apply-choices';
import { type ChoicesPort, storageChoices } from '../wrong-match/choices-store';
import { handleChoiceRequest } from '../wrong-match/handle-choices';
import { type PagePlace, pagePlace } from '../wrong-match/match-choices';
import { exportClaimsSource, importClaims, withSkipped } from './claims-requests';
import { handleOptionsRequest, type SettingsPort, storageSettings } from './options-requests';
import { type Resolution, resolveCandidates, yearNear } from './resolve-candidates';

export interface BackgroundDeps {
  db: () => Promise<KonteksDB>;
  matcher: () => Promise<CachedMatcher>;
  /** The extension's own origin URL, e.g. "chrome-extension://abc/": pages there may change state. */
  extensionOrigin: string;
  /** Called after any change to what can be spotted, so open pages can refresh. */
  onKnowledgeChanged: (revision: number) => void;
  /** The reader's settings; extension storage unless a test substitutes it. */
  settings?: SettingsPort;
  /** The reader's wrong-match choices; extension storage unless a test substitutes it. */
  choices?: ChoicesPort;
  /** Shows a page's mention count on the toolbar badge of its tab. */
  showCount?: (tabId: number, count: number) => Promise<void>;
}

export function toSummary(record: SourceRecord): SourceSummary {
  const { header } = record;
  return {
    id: record.id,
    kind: record.kind,
    name: header.name,
    publisher: header.publisher.name,
    version: header.version,
    license: header.license,
    languages: header.languages,
    entityCount: record.entityCount,
    enabled: record.enabled,
    priority: record.priority,
    updatedAt: record.updatedAt,
    ...(record.url ? { url: record.url } : {}),
    ...(record.content === 'claims' ? { claimCount: record.claimCount ?? 0 } : {}),
  };
}

/**
 * A content script runs inside a web page, which might be compromised: it may only read.
 * The browser sets `sender.url` to the frame's URL, which for a content script is the web page's;
 * only our own pages (options, popup — opened in a tab or not) carry the extension origin.
 */
function isFromExtensionPage(sender: Browser.runtime.MessageSender | undefined, origin: string): boolean {
  return typeof sender?.url === 'string' && sender.url.startsWith(origin);
}

/** Validates and dispatches one message; never throws, always answers with a Result. */
export async function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender | undefined,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return fail('bad-request', 'Konteks refused a malformed message');
  const request = parsed.data;
  if (TO_CONTENT_SCRIPT.has(request.type))
    return fail('wrong-receiver', 'this message is for a page, not the background');
  if (request.type === 'page-count') {
    const tabId = sender?.tab?.id;
    if (tabId === undefined || !deps.showCount) return ok({ shown: false });
    await deps.showCount(tabId, request.count).catch(() => {});
    return ok({ shown: true });
  }
  if (STATE_CHANGING.has(request.type) && !isFromExtensionPage(sender, deps.extensionOrigin)) {
    return fail('forbidden', 'only Konteks pages may change sources');
  }
  try {
    return await dispatch(request, deps, sender?.url);
  } catch (error) {
    return fail('internal', `Konteks failed: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function dispatch(
  request: Request,
  deps: BackgroundDeps,
  senderUrl: string | undefined,
): Promise<Result<unknown>> {
  const db = await deps.db();
  switch (request.type) {
    case 'find-mentions': {
      const [found, marks] = await Promise.all([
        findMentions(request, db, deps, pagePlace(senderUrl)),
        request.withMarks ? markFinder(db).find(request.segments, request.lang) : [],
      ]);
      return ok({ ...found, marks });
    }
    case 'page-claims':
      return ok((await claimsForUrl(db, request.url)).map(toClaimCard));
    case 'wrong-match':
    case 'undo-wrong-match':
    case 'list-match-choices':
    case 'remove-match-choice':
      return handleChoiceRequest(request, senderUrl, deps.choices ?? storageChoices);
    case 'get-card':
      return lookupCard(db, request.entityId);
    case 'outlet-for-host':
      return ok(await outletInfo(db, request.host, request.lang));
    case 'entity-summaries':
      return ok(await entitySummaries(db, request.entityIds, request.lang));
    case 'page-entities':
    case 'reveal-entity':
    case 'reveal-next':
    case 'page-count':
      return fail('wrong-receiver', 'this message is not for the background');
    case 'list-sources':
      return ok((await listSources(db)).map(toSummary));
    case 'set-source-enabled':
      return changed(await setSourceEnabled(db, request.sourceId, request.enabled), toSummary, deps);
    case 'import-pack': {
      const claims = await importClaims(db, request.text, { kind: 'file', fileName: request.fileName });
      if (claims) return changed(claims, withSkipped(toSummary), deps);
      const pack = parsePackText(request.text);
      if (!pack.ok) return pack;
      // A pack with the notes' id is the reader's notes coming back from an export.
      const kind = pack.value.id === NOTES_SOURCE_ID ? 'notes' : 'file';
      return changed(await installPack(db, pack.value, { kind }), toSummary, deps);
    }
    case 'export-source': {
      const feed = await exportClaimsSource(db, request.sourceId);
      if (feed) return ok(feed);
      const pack = await exportSource(db, request.sourceId);
      if (!pack.ok) return pack;
      return ok({
        fileName: `${request.sourceId}-${pack.value.version}.json`,
        text: `${JSON.stringify(pack.value, null, 2)}\n`,
      });
    }
    case 'update-settings':
    case 'browse-entities':
    case 'source-card':
    case 'list-notes':
    case 'save-note':
    case 'delete-note':
    case 'subscribe-pack':
    case 'preview-update':
    case 'apply-update':
    case 'backup':
    case 'restore-backup':
    case 'reset-all':
      return handleOptionsRequest(request, {
        db,
        settings: deps.settings ?? storageSettings,
        choices: deps.choices ?? storageChoices,
        toSummary,
        changed: (result, map) => changed(result, map, deps),
      });
    case 'move-source':
      return changed(
        await moveSource(db, request.sourceId, request.direction),
        (all) => all.map(toSummary),
        deps,
      );
    case 'remove-source':
      return changed(await removeSource(db, request.sourceId), (removed) => ({ removed }), deps);
  }
}

/** One mark finder per knowledge base (its indexes are rebuilt when the revision changes). */
const markFinders = new WeakMap<KonteksDB, ReturnType<typeof createMarkFinder>>();
function markFinder(db: KonteksDB) {
  let finder = markFinders.get(db);
  if (!finder) {
    finder = createMarkFinder(db);
    markFinders.set(db, finder);
  }
  return finder;
}

async function changed<T, U>(
  result: Result<T>,
  map: (value: T) => U,
  deps: BackgroundDeps,
): Promise<Result<U>> {
  if (!result.ok) return result;
  const { revision } = await deps.matcher();
  deps.onKnowledgeChanged(revision);
  return ok(map(result.value));
}

/**
 * Finds mentions in each segment. A name that fits several entities is decided with what the
 * page tells (see resolve-candidates.ts); when nothing decides, the mention says it is unsure.
 */
async function findMentions(
  request: RequestOf<'find-mentions'>,
  db: KonteksDB,
  deps: BackgroundDeps,
  /** The page asking (from the sender's URL), for the reader's per-site choices. */
  place: PagePlace | undefined,
): Promise<Omit<ResponseOf<'find-mentions'>, 'marks'>> {
  const { matcher, revision } = await deps.matcher();
  const choices = await (deps.choices ?? storageChoices).load();
  const found = request.segments.map((text) => matcher.find(text, { lang: request.lang }));
  // What the page says for certain: entities already marked, and names here that fit one entity
  // and are not just a capitalised word opening a sentence.
  const pageEntities = new Set(request.context?.pageEntities ?? []);
  for (const m of found.flat()) {
    if (m.entityIds.length === 1 && !m.sentenceStart) pageEntities.add(m.entityIds[0] as string);
  }

  const entities = new Map<string, Entity | undefined>();
  const entityOf = async (id: string) => {
    if (!entities.has(id)) {
      const card = await lookupCard(db, id);
      entities.set(id, card.ok ? card.value.entity : undefined);
    }
    return entities.get(id);
  };

  const mentions: FoundMention[] = [];
  for (const [segment, matches] of found.entries()) {
    for (const m of matches) {
      let resolution: Resolution = {
        entityId: m.entityIds[0] ?? '',
        others: m.entityIds.slice(1),
        by: 'only-one',
      };
      if (m.entityIds.length > 1) {
        const candidates = (await Promise.all(m.entityIds.map(entityOf))).filter((e) => e !== undefined);
        const text = request.segments[segment] ?? '';
        const day = yearNear(text, m.start) ?? dayOf(request.context?.articleDate);
        if (candidates.length > 0) resolution = resolveCandidates(candidates, { pageEntities, day });
      }
      // "Hama ulat menyerang…": an everyday word capitalised only because it opens a sentence
      // is shown only when the page is about its world.
      const surface = (request.segments[segment] ?? '').slice(m.start, m.end);
      if (
        m.sentenceStart &&
        isCommonWord(surface, request.lang) &&
        !(await isSupported(resolution.entityId, pageEntities, entityOf))
      )
        continue;
      // The reader's "wrong match?" choices: muted here or everywhere, or "it's this one" on this page.
      const decided = applyChoices(
        { entityId: resolution.entityId, others: resolution.others, unsure: resolution.by === 'unsure' },
        choices.length > 0 ? aliasKey(surface) : '',
        choices,
        place,
      );
      if (!decided) continue;
      mentions.push({
        segment,
        start: m.start,
        end: m.end,
        entityId: decided.entityId,
        candidates: decided.others,
        probable: m.probable,
        unsure: decided.unsure,
      });
    }
  }
  return { mentions, revision };
}

/** An everyday word in the page's language (or in Indonesian or English when it is unknown). */
function isCommonWord(text: string, lang: string | undefined): boolean {
  const word = text.toLowerCase();
  const languages = lang && COLLIDING_WORDS[lang] ? [lang] : ['id', 'en'];
  return languages.some((l) => COLLIDING_WORDS[l]?.includes(word));
}

/** True when the page names this entity or one it is related to. */
async function isSupported(
  entityId: string,
  pageEntities: ReadonlySet<string>,
  entityOf: (id: string) => Promise<Entity | undefined>,
): Promise<boolean> {
  if (pageEntities.has(entityId)) return true;
  const entity = await entityOf(entityId);
  return entity?.related.some((id) => pageEntities.has(id)) ?? false;
}

/** A full day for a partial date: the middle of the period, which is what a year alone can mean. */
function dayOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  if (date.length === 4) return `${date}-07-01`;
  if (date.length === 7) return `${date}-15`;
  return date;
}
