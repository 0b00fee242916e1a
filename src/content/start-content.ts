import { browser } from 'wxt/browser';
import { createCardController } from '../card/card-controller';
import { tCard as t } from '../i18n/card-strings';
import { toUiLanguage } from '../i18n/translate';
import { localDay } from '../kb/timeline';
import { send } from '../messaging/client';
import { type PageStatus, Request, type ResponseOf } from '../messaging/protocol';
import { createAnnotator } from '../page/annotate-page';
import { detectArticleDate } from '../page/article-date';
import { decorateMention } from '../page/decorate-mention';
import { frameworkSign } from '../page/framework-page';
import { canHighlight, createHighlightMarks, type HighlightMarks } from '../page/highlight-mentions';
import { looksLikeArticle } from '../page/looks-like-article';
import { decorateMark, makeMark } from '../page/make-mark';
import { pageLanguage } from '../page/page-language';
import { watchChanges } from '../page/watch-changes';
import { ENTITY_ATTRIBUTE } from '../page/wrap-mentions';
import type { Settings } from '../settings/settings';
import { shouldRun } from '../settings/settings';
import { fail, ok, type Result } from '../shared/result';
import { loadPageSettings, watchStoredValues } from './stored-values';

export interface ContentLifecycle {
  /** Registers cleanup for when the extension is updated, disabled or removed. */
  onInvalidated(callback: () => void): void;
  /** Calls back when a single-page app changes the URL (pushState, back and forward). */
  onLocationChange(callback: () => void): void;
}

/**
 * The content script's whole job: read the page's text, ask the background for mentions, mark
 * them, and open cards. It never opens IndexedDB (that would be the web page's storage).
 * It follows the reader's settings live: pausing Konteks or switching a site off puts the page's
 * DOM back exactly as it was.
 */
export async function startContent(doc: Document, lifecycle: ContentLifecycle): Promise<void> {
  if (!doc.body) return;
  const host = doc.location?.hostname ?? '';
  const lang = pageLanguage(doc);
  const description = t(lang === 'id' ? 'id' : 'en', 'hasCard');
  // Read once per page: the card compares what the knowledge says with the day the article appeared.
  let articleDate = detectArticleDate(doc)?.date;
  // A page a framework may still hydrate is marked with CSS highlights: its DOM is never touched.
  const useHighlights = frameworkSign(doc) !== undefined && canHighlight(doc);
  let highlights: HighlightMarks | undefined;
  const cards = createCardController({
    doc,
    pageLang: lang,
    preferredLang: () => (settings.cardLanguage === 'page' ? undefined : settings.cardLanguage),
    cardTime: () => ({ articleDate, today: localDay(new Date()) }),
    loadCard: (entityId) => send({ type: 'get-card', entityId }),
    loadSummaries: (entityIds) => send({ type: 'entity-summaries', entityIds, lang }),
    isMention: (element) => annotator.isOurs(element),
    highlights: useHighlights
      ? {
          mirrorAt: (x, y) => highlights?.mirrorAt(x, y) ?? null,
          rangeOf: (mirror) => highlights?.rangeOf(mirror),
          setActive: (mirror) => highlights?.setActive(mirror),
        }
      : undefined,
    markCard: (element) => annotator.markCard(element),
    reportWrongMatch: (report) => send({ type: 'wrong-match', ...report }),
    undoWrongMatch: (id) => send({ type: 'undo-wrong-match', id }),
  });

  let settings: Settings = await loadPageSettings();
  /** The language markers are labelled in: the card's (the reader's choice, else the page's). */
  const uiLang = () => toUiLanguage(settings.cardLanguage === 'page' ? lang : settings.cardLanguage);
  let status: PageStatus = 'paused';
  const changes = watchChanges(doc.body, {
    onTextTaken: (texts) => annotator.release(texts),
    onChanged: ({ roots }) => {
      if (status === 'running') annotator.runOn(roots).then(reportCount, reportError);
    },
  });
  let annotator = makeAnnotator(settings);

  function makeAnnotator(current: Settings) {
    // This annotator's own highlights: the closures below must not see a later annotator's.
    const highlighted = useHighlights ? createHighlightMarks(doc, current.mentionStyle) : undefined;
    highlights = highlighted;
    return createAnnotator({
      highlights: highlighted,
      root: doc.body,
      lang,
      policy: current.mentionPolicy,
      mentionStyle: current.mentionStyle,
      mutate: changes.mutate,
      onShadowRoot: (shadow) => changes.observe(shadow),
      findMentions: (segments, segmentsLang, pageEntities) =>
        send({
          type: 'find-mentions',
          segments,
          lang: segmentsLang,
          context: { articleDate, pageEntities },
          // Markers are elements: a page marked with highlights gets none, so none are looked for.
          withMarks: highlighted === undefined,
        }),
      // A highlight's mirror is hidden: the highlighted text itself is what the reader meets.
      onMention: (element) => (highlighted ? undefined : decorateMention(element, description)),
      // Claim and note markers are elements: none on a page marked with highlights.
      makeMark: highlighted ? undefined : (card) => makeMark(doc, card, uiLang()),
      onMark: (element) => decorateMark(element),
    });
  }

  function reportCount(): void {
    const count = status === 'running' ? annotator.mentions().length : 0;
    void send({ type: 'page-count', count });
  }

  /**
   * A full scan; when the background cannot answer yet (a service worker starting on a fresh
   * profile, busy loading its packs), tries again a few times before giving up on this page.
   */
  function runWithRetries(current: ReturnType<typeof makeAnnotator>, attempt = 0): void {
    current.run().then(reportCount, (error: unknown) => {
      if (attempt >= RETRY_DELAYS_MS.length || current !== annotator || status !== 'running') {
        reportError(error);
        return;
      }
      setTimeout(() => {
        if (current === annotator && status === 'running') runWithRetries(current, attempt + 1);
      }, RETRY_DELAYS_MS[attempt]);
    });
  }

  /** Starts, stops or restarts marking to match the settings. */
  function apply(next: Settings, force = false): void {
    const decision = shouldRun(next, host, () => looksLikeArticle(doc, articleDate !== undefined));
    const nextStatus: PageStatus = decision.run ? 'running' : decision.reason;
    const restart =
      force ||
      next.mentionPolicy !== settings.mentionPolicy ||
      next.mentionStyle !== settings.mentionStyle ||
      next.cardLanguage !== settings.cardLanguage;
    settings = next;
    if (nextStatus === status && !restart) return;
    cards.close();
    annotator.clear();
    annotator = makeAnnotator(next);
    status = nextStatus;
    if (status === 'running') runWithRetries(annotator);
    else reportCount();
  }

  // Settings changed, or sources switched on or off, imported or removed: follow live.
  const unwatchStored = watchStoredValues({
    onSettings: (next) => apply(next),
    onRevision: () => apply(settings, true),
  });
  // Single-page apps: a new article behind the same document gets a fresh scan and its own date.
  const onLocationChange = () => {
    articleDate = detectArticleDate(doc)?.date;
    apply(settings, true);
  };
  lifecycle.onLocationChange(onLocationChange);
  const onPopupMessage = (message: unknown, sender: { id?: string }) =>
    sender.id === browser.runtime.id ? answerPopup(message) : undefined;
  browser.runtime.onMessage.addListener(onPopupMessage);

  function answerPopup(message: unknown): Promise<Result<unknown>> | undefined {
    const parsed = Request.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    if (request.type === 'page-entities') return Promise.resolve(ok(pageEntities()));
    if (request.type === 'reveal-entity') return Promise.resolve(reveal(request.entityId));
    if (request.type === 'reveal-next') return Promise.resolve(revealNext());
    return undefined;
  }

  function pageEntities(): ResponseOf<'page-entities'> {
    const counts = new Map<string, number>();
    for (const head of annotator.mentions()) {
      const id = head.getAttribute(ENTITY_ATTRIBUTE) ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return {
      host,
      url: doc.location?.href,
      status,
      entities: [...counts].map(([entityId, count]) => ({ entityId, count })),
    };
  }

  function reveal(entityId: string): Result<ResponseOf<'reveal-entity'>> {
    const head = annotator.mentions().find((m) => m.getAttribute(ENTITY_ATTRIBUTE) === entityId);
    if (!head) return fail('not-on-page', 'that name is no longer marked on this page');
    show(head);
    return ok({ revealed: true });
  }

  /**
   * The keyboard shortcut: the card of the marked name after the one whose card is open (the
   * first name when none is), in reading order, round to the first after the last. On pages
   * marked with highlights this is the keyboard's way to the names, beside the toolbar popup.
   */
  function revealNext(): Result<ResponseOf<'reveal-next'>> {
    const inText = (head: HTMLElement): Node => highlights?.rangeOf(head)?.startContainer ?? head;
    const heads = annotator
      .mentions()
      .sort((a, b) =>
        inText(a).compareDocumentPosition(inText(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    if (heads.length === 0) return fail('nothing-marked', 'no name is marked on this page');
    const open = cards.openMention();
    const next = heads[(open ? heads.indexOf(open) + 1 : 0) % heads.length] as HTMLElement;
    show(next);
    return ok({ entityId: next.getAttribute(ENTITY_ATTRIBUTE) ?? '' });
  }

  /** Scrolls a mention into view and opens its card with the focus inside. */
  function show(head: HTMLElement): void {
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const inText = highlights?.rangeOf(head)?.startContainer.parentElement ?? head;
    inText.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    cards.openFor(head);
  }

  lifecycle.onInvalidated(() => {
    // The page first: put its DOM back while nothing can fail. Extension APIs may already throw
    // ("Extension context invalidated"), so they are released last and each on its own.
    changes.stop();
    annotator.clear();
    cards.destroy();
    for (const release of [unwatchStored, () => browser.runtime.onMessage.removeListener(onPopupMessage)]) {
      try {
        release();
      } catch {
        // Gone with the extension's context: nothing left to release.
      }
    }
  });
  apply(settings, true);
}

/** Waits before each new try when the background could not answer. */
const RETRY_DELAYS_MS = [500, 1500, 4000];

function reportError(error: unknown): void {
  console.warn('Konteks could not annotate this page:', (error as Error)?.message ?? error);
}
