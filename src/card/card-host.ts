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
    destroy: () => host.remove(),
  };
}
