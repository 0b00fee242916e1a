import cardCss from './card.css?inline';

/** The tag of the element that carries the card's closed shadow root. */
export const CARD_HOST_TAG = 'konteks-card-host';

/**
 * Inline !important styles: a page rule aimed at our host (even `* { display:none !important }`)
 * cannot hide or move it, and the host itself takes no space and no pointer events.
 */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'pointer-events: none',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export interface CardHost {
  host: HTMLElement;
  /** Where the card is rendered, inside the closed shadow root. */
  layer: HTMLElement;
  /** Puts the host back if the page removed it or restyled it, before a card is shown. */
  reattach(): void;
  destroy(): void;
}

/** Creates the closed shadow root the card lives in; a page script cannot read into it. */
export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  // A click inside the card acts (opens a source, switches the entity) only when the reader could
  // see what they clicked: not under a page overlay (even one with pointer-events: none, which hit
  // testing cannot see, but IntersectionObserver v2 can), nor on a card made transparent.
  const visibility = watchVisibility(layer);
  layer.addEventListener(
    'click',
    (event) => {
      if (!visibility.seenNow() || !clickWasVisible(doc, host, event)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );
  doc.documentElement.append(host);
  return {
    host,
    layer,
    reattach() {
      if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
      if (host.parentNode !== doc.documentElement || host !== doc.documentElement.lastElementChild) {
        doc.documentElement.append(host); // last, so it paints above anything at the same z-index
      }
    },
    destroy: () => {
      visibility.stop();
      host.remove();
    },
  };
}

/** True when a click landed on the card as the reader saw it. */
export function clickWasVisible(doc: Document, host: Element, event: MouseEvent): boolean {
  if (!event.isTrusted) return false;
  // Keyboard activation (Enter on a focused link or button) reports no pointer position.
  if (event.detail === 0 && event.clientX === 0 && event.clientY === 0) return true;
  const visible =
    typeof host.checkVisibility !== 'function' ||
    host.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  return visible && doc.elementFromPoint(event.clientX, event.clientY) === host;
}

/**
 * Tracks whether the card is truly visible (not occluded, transformed or faded) with
 * IntersectionObserver v2's `trackVisibility`. Where the browser lacks it, visibility is assumed
 * and the hit test in clickWasVisible stays the only guard.
 */
function watchVisibility(layer: HTMLElement): { seenNow(): boolean; stop(): void } {
  let visible = true;
  let observed: Element | undefined;
  const supported =
    typeof IntersectionObserver === 'function' && 'isVisible' in IntersectionObserverEntry.prototype;
  if (!supported) return { seenNow: () => true, stop: () => {} };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries)
        visible = (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible;
    },
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  // The card element is re-rendered inside the layer: follow whichever is there.
  const follow = new MutationObserver(() => {
    const card = layer.firstElementChild ?? undefined;
    if (card === observed) return;
    if (observed) observer.unobserve(observed);
    observed = card;
    visible = false; // unknown until the first report, which comes within `delay`
    if (card) observer.observe(card);
  });
  follow.observe(layer, { childList: true });
  return {
    seenNow: () => visible,
    stop: () => {
      follow.disconnect();
      observer.disconnect();
    },
  };
}
