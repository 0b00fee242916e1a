import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { createRef, render, type VNode } from 'preact';
import type { MarkCard } from '../claims/mark-card';
import { tCard } from '../i18n/card-strings';
import { toUiLanguage } from '../i18n/translate';
import type { CardData, EntitySummary } from '../messaging/protocol';
import {
  CANDIDATES_ATTRIBUTE,
  ENTITY_ATTRIBUTE,
  MARK_TAG,
  MENTION_TAG,
  NAME_ATTRIBUTE,
} from '../page/wrap-mentions';
import type { Result } from '../shared/result';
import { Card, type CardState } from './Card';
import { ChoiceNotice, type ChoiceNoticeState } from './ChoiceNotice';
import { createCardHost } from './card-host';
import { type CardTime, toCardView } from './card-model';
import type { WrongMatchActions } from './WrongMatch';

/** MediaWiki's page previews wait about this long so a passing pointer does not open cards. */
export const OPEN_DELAY_MS = 150;
/** Long enough for the pointer to travel from the name into the card. */
export const CLOSE_DELAY_MS = 300;

export interface CardControllerOptions {
  doc: Document;
  pageLang: string | undefined;
  /** The reader's preferred card language, when they chose one over the page's. */
  preferredLang?: () => string | undefined;
  /** The page's publication day and the reader's today, read when a card opens. */
  cardTime: () => CardTime;
  loadCard: (entityId: string) => Promise<Result<CardData>>;
  /** True for mention elements Konteks made; look-alikes a page planted open nothing. */
  isMention: (element: Element) => boolean;
  /** Names of the entities an unsure mention may mean, for the card's "which one?" choice. */
  loadSummaries: (entityIds: string[]) => Promise<Result<EntitySummary[]>>;
  /** The card a claim or note marker opens (markers are told apart by their tag). */
  markCard?: (element: Element) => MarkCard | undefined;
  /** Mentions marked as CSS highlights (no element in the text): found by hit-testing the pointer. */
  highlights?: HighlightedMentions;
  /** Stores the reader's "wrong match?" choice (the page rescans when it is kept); no control without it. */
  reportWrongMatch?: (report: WrongMatchReport) => Promise<Result<unknown>>;
  /** Takes back a choice just made on this page (the notice's Undo). */
  undoWrongMatch?: (id: string) => Promise<Result<unknown>>;
}

/** What the controller needs of highlight-mentions.ts. */
export interface HighlightedMentions {
  mirrorAt(x: number, y: number): HTMLElement | null;
  rangeOf(mirror: HTMLElement): Range | undefined;
  setActive(mirror: HTMLElement | null): void;
}

export interface WrongMatchReport {
  text: string;
  entityId: string;
  choice: 'not-here' | 'not-anywhere' | 'instead';
  chosen?: string;
}

/**
 * Opens one card at a time next to a mention: on hover (after a short delay), on keyboard focus,
 * Enter or tap; Escape closes and returns focus. Listens on the document, so mentions added later
 * need no wiring; `destroy()` removes every listener, timer and element it added.
 */
export function createCardController({
  doc,
  pageLang,
  preferredLang = () => undefined,
  cardTime,
  loadCard,
  loadSummaries,
  isMention,
  markCard = () => undefined,
  highlights,
  reportWrongMatch,
  undoWrongMatch,
}: CardControllerOptions) {
  /** The card speaks the reader's chosen language, else the page's. */
  const cardLang = () => preferredLang() ?? pageLang;
  const cardHost = createCardHost(doc);
  const closeRef = createRef<HTMLButtonElement>();
  let anchor: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;
  let stopPositioning: (() => void) | undefined;
  let lastState: CardState | undefined;
  let notice: ChoiceNoticeState | null = null;
  let cardNode: VNode | null = null;
  const undoRef = createRef<HTMLButtonElement>();

  /**
   * The mention an event came from; the composed path reaches into open shadow roots. A pointer
   * over highlighted text has no mention element under it: the highlights are hit-tested instead.
   */
  const mentionOf = (event: Event) => {
    const target = event.composedPath()[0] ?? event.target;
    const mention =
      target instanceof Element
        ? (target.closest(`${MENTION_TAG}, ${MARK_TAG}`) as HTMLElement | null)
        : null;
    if (mention) return isMention(mention) ? mention : null;
    if (!highlights || !(event instanceof MouseEvent) || isCard(event.target)) return null;
    const mirror = highlights.mirrorAt(event.clientX, event.clientY);
    return mirror && isMention(mirror) ? mirror : null;
  };
  const isCard = (target: EventTarget | null) => target === cardHost.host;
  const schedule = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };

  /** Draws the card (or none) and the choice notice, if any, in the layer; the card comes first. */
  function paint(card: VNode | null) {
    render(
      <>
        {card}
        {notice && (
          <ChoiceNotice
            notice={notice}
            lang={toUiLanguage(cardLang())}
            undoRef={undoRef}
            onDismiss={() => {
              notice = null;
              paint(cardNode);
            }}
          />
        )}
      </>,
      cardHost.layer,
    );
    cardNode = card;
  }

  function show(state: CardState, focusCard: boolean) {
    cardHost.reattach();
    paint(
      <Card state={state} lang={toUiLanguage(cardLang())} onClose={() => close(true)} closeRef={closeRef} />,
    );
    const card = cardHost.layer.firstElementChild as HTMLElement | null;
    if (!card || !anchor) return;
    stopPositioning?.();
    const reference = referenceOf(anchor);
    stopPositioning = autoUpdate(reference, card, () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    });
    if (focusCard) closeRef.current?.focus();
  }

  /** A highlighted mention's card is placed against its range (its rectangles, its element). */
  function referenceOf(mention: HTMLElement) {
    const range = highlights?.rangeOf(mention);
    if (!range) return mention;
    return {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
  }

  async function open(mention: HTMLElement, focusCard: boolean) {
    clearTimeout(timer);
    if (anchor === mention && !focusCard) return;
    if (anchor && anchor !== mention) close(false);
    notice = null; // a new card replaces what the last choice said
    anchor = mention;
    mention.setAttribute('aria-expanded', 'true');
    highlights?.setActive(mention);
    const card = mention.localName === MARK_TAG ? markCard(mention) : undefined;
    if (card) {
      request++;
      show({ kind: 'mark', card, pageLang }, focusCard);
      return;
    }
    const entityId = mention.getAttribute(ENTITY_ATTRIBUTE) ?? '';
    const others = (mention.getAttribute(CANDIDATES_ATTRIBUTE) ?? '').split(' ').filter(Boolean);
    await showEntity(mention, entityId, others.length > 0 ? [entityId, ...others] : [], focusCard);
  }

  /** Shows one entity's card for a mention; `candidates` (all of them) when the name was unsure. */
  async function showEntity(
    mention: HTMLElement,
    entityId: string,
    candidates: string[],
    focusCard: boolean,
  ) {
    const mine = ++request;
    show({ kind: 'loading' }, focusCard);
    const [result, summaries] = await Promise.all([
      loadCard(entityId),
      candidates.length > 0 ? loadSummaries(candidates) : undefined,
    ]);
    if (mine !== request || anchor !== mention) return; // the reader moved on: drop the late answer
    const probableAlias = mention.getAttribute('data-konteks-probable') ?? undefined;
    const alternatives =
      summaries?.ok === true
        ? summaries.value
            .filter((s) => s.id !== entityId)
            .map((s) => ({
              name: s.name,
              description: s.description,
              choose: () => void showEntity(mention, s.id, candidates, true),
            }))
        : [];
    const marked = mention.getAttribute(ENTITY_ATTRIBUTE) ?? '';
    const view = result.ok ? toCardView(result.value, cardLang(), cardTime()) : undefined;
    const wrongMatch =
      reportWrongMatch && view && entityId === marked
        ? wrongMatchActions(
            mention,
            { id: marked, name: view.name },
            summaries?.ok === true ? summaries.value : [],
            focusCard,
          )
        : undefined;
    const state: CardState =
      result.ok && view
        ? { kind: 'ready', view, probableAlias, alternatives, wrongMatch }
        : { kind: 'error', message: result.ok ? '' : result.error.message };
    show(state, focusCard);
    lastState = state;
  }

  /** The card's "wrong match?" choices for the entity a mention is marked as. */
  function wrongMatchActions(
    mention: HTMLElement,
    shown: { id: string; name: string },
    candidates: EntitySummary[],
    focusCard: boolean,
  ): WrongMatchActions {
    const marked = shown.id;
    const text = (mention.getAttribute(NAME_ATTRIBUTE) ?? mention.textContent ?? '').trim();
    const report = async (choice: WrongMatchReport['choice'], chosen?: { id: string; name: string }) => {
      if (!reportWrongMatch) return;
      const result = await reportWrongMatch({
        text,
        entityId: marked,
        choice,
        ...(chosen ? { chosen: chosen.id } : {}),
      });
      // Kept: the page rescans by itself (the stored choices changed), which unmarks or re-marks the
      // name; the notice says so and offers to undo, with focus on Undo (the name may be gone).
      if (result.ok) {
        const lang = toUiLanguage(cardLang());
        const id = (result.value as { id?: unknown }).id;
        notice = {
          text: tCard(lang, `wrong.done.${choice}`, { name: text, entity: (chosen ?? shown).name }),
          undo:
            undoWrongMatch && typeof id === 'string'
              ? () =>
                  void undoWrongMatch(id).then((undone) => {
                    notice = {
                      text: tCard(lang, undone.ok ? 'wrong.undone' : 'wrong.undoFailed', { name: text }),
                    };
                    paint(cardNode);
                  })
              : undefined,
        };
        // The page's rescan (the stored choices changed) may have closed the card already.
        if (anchor === mention) close(false);
        else paint(cardNode);
        undoRef.current?.focus();
      } else if (anchor === mention && lastState?.kind === 'ready' && lastState.wrongMatch) {
        const problem = tCard(toUiLanguage(cardLang()), 'wrong.failed', { message: result.error.message });
        show({ ...lastState, wrongMatch: { ...lastState.wrongMatch, problem } }, focusCard);
      }
    };
    return {
      notHere: () => void report('not-here'),
      notAnywhere: () => void report('not-anywhere'),
      instead: candidates
        .filter((c) => c.id !== marked)
        .map((c) => ({ id: c.id, name: c.name, choose: () => void report('instead', c) })),
    };
  }

  function close(returnFocus: boolean) {
    clearTimeout(timer);
    request++;
    stopPositioning?.();
    stopPositioning = undefined;
    paint(null);
    const previous = anchor;
    anchor = null;
    previous?.setAttribute('aria-expanded', 'false');
    highlights?.setActive(null);
    if (returnFocus && previous?.tabIndex === 0) previous.focus();
  }

  const listeners: [string, (event: Event) => void, boolean][] = [
    ['pointerover', onPointerOver, false],
    ['focusin', onFocusIn, false],
    ['keydown', onKeyDown as (event: Event) => void, true],
    ['click', onClick, true],
    ...(highlights
      ? [['pointermove', onPointerMove, false] as [string, (event: Event) => void, boolean]]
      : []),
  ];

  /** Highlighted text has no element to enter: the pointer's moves are hit-tested, once a frame. */
  let moveFrame = 0;
  let lastMove: Event | undefined;
  function onPointerMove(event: Event) {
    lastMove = event;
    if (moveFrame) return;
    moveFrame = requestAnimationFrame(() => {
      moveFrame = 0;
      if (lastMove) onPointerOver(lastMove);
    });
  }

  function onPointerOver(event: Event) {
    const mention = mentionOf(event);
    if (mention) {
      if (mention !== anchor) schedule(() => void open(mention, false), OPEN_DELAY_MS);
      else clearTimeout(timer);
    } else if (isCard(event.target)) {
      clearTimeout(timer);
    } else if (anchor) {
      schedule(() => close(false), CLOSE_DELAY_MS);
    } else {
      clearTimeout(timer);
    }
  }

  function onFocusIn(event: Event) {
    const mention = mentionOf(event);
    if (mention && mention.tabIndex === 0 && mention !== anchor)
      schedule(() => void open(mention, false), OPEN_DELAY_MS);
    else if (!mention && !isCard(event.target) && anchor) close(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && anchor) {
      close(true);
      return;
    }
    const mention = mentionOf(event);
    if (mention && (event.key === 'Enter' || event.key === ' ') && mention.tabIndex === 0) {
      event.preventDefault();
      void open(mention, true);
    }
  }

  /** Taps and clicks open immediately; inside a link the page's navigation wins. */
  function onClick(event: Event) {
    const mention = mentionOf(event);
    const target = event.composedPath()[0] ?? event.target;
    const inLink = target instanceof Element && target.closest('a[href]') !== null;
    if (mention && !mention.closest('a[href]') && !inLink) void open(mention, false);
    else if (!mention && !isCard(event.target) && anchor) close(false);
  }

  // Only what the reader did counts: a page script's dispatched events (isTrusted false) can
  // neither open nor close a card.
  const trusted = listeners.map(
    ([type, listener, capture]) =>
      [type, (event: Event) => event.isTrusted && listener(event), capture] as const,
  );
  for (const [type, listener, capture] of trusted) doc.addEventListener(type, listener, capture);

  return {
    /** Opens the card of a mention right away (the popup's "show me"), moving focus into it. */
    /** The mention whose card is open, if one is. */
    openMention(): HTMLElement | null {
      return anchor;
    },
    openFor(mention: HTMLElement) {
      void open(mention, true);
    },
    close() {
      if (anchor) close(false);
    },
    destroy() {
      close(false);
      cancelAnimationFrame(moveFrame);
      for (const [type, listener, capture] of trusted) doc.removeEventListener(type, listener, capture);
      cardHost.destroy();
    },
  };
}
