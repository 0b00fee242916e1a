import { blockElementOf } from './text-blocks';
import { MENTION_TAG } from './wrap-mentions';

/** New text is annotated within this long of the page adding it (the bound is 500 ms). */
export const SETTLE_MS = 150;
/** A page that never stops changing (a ticker) is still scanned at least this often. */
export const MAX_WAIT_MS = 400;

const OUR_UI = new Set([MENTION_TAG.toUpperCase(), 'KONTEKS-CARD-HOST']);

export interface ChangeWatcher {
  /** Runs one of our own DOM edits without it being reported as a page change. */
  mutate<T>(edit: () => T): T;
  /** Also watches an open shadow root (a MutationObserver on the page does not see into it). */
  observe(root: ShadowRoot): void;
  stop(): void;
}

export interface PageChanges {
  /** Outermost elements whose text was added or changed. */
  roots: Element[];
}

export interface ChangeHandlers {
  /** Batched: parts of the page to scan again. */
  onChanged: (changes: PageChanges) => void;
  /**
   * At once, in the same microtask as the page's change (before it can paint or read the DOM
   * again): text nodes the page rewrote in place or removed, which React and Vue do to text they
   * own. Anything we split off them must go before the page sees its text doubled.
   */
  onTextTaken: (texts: Text[]) => void;
}

/**
 * Reports the parts of the page whose text was added or changed, in batches: a live blog adding
 * ten posts at once is scanned once. Our own edits (wrapping, unwrapping) are run through
 * `mutate`, which swallows their records, so marking a mention never triggers another scan.
 */
export function watchChanges(root: Element, { onChanged, onTextTaken }: ChangeHandlers): ChangeWatcher {
  let pending = new Set<Element>();
  const watched = new WeakSet<Node>([root]);
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;

  const flush = () => {
    clearTimeout(settleTimer);
    settleTimer = undefined;
    const roots = outermost([...pending]);
    pending = new Set();
    if (roots.length > 0) onChanged({ roots });
  };

  const collect = (records: MutationRecord[]) => {
    const taken: Text[] = [];
    for (const record of records) {
      const target =
        record.type === 'characterData' ? record.target.parentElement : (record.target as Element);
      if (!target || isOurs(target)) continue;
      if (record.type === 'characterData') taken.push(record.target as Text);
      // A text node the page removed may be one we split: what we added beside it must go too.
      for (const node of record.removedNodes) if (node.nodeType === Node.TEXT_NODE) taken.push(node as Text);
      if (record.type === 'childList' && ![...record.addedNodes].some(carriesText)) continue;
      // Rescan the whole paragraph: a counter changing inside a <span> sits beside the name.
      pending.add(blockElementOf(target.firstChild ?? target) ?? target);
    }
    if (taken.length > 0) onTextTaken(taken);
    if (pending.size === 0) return;
    const now = performance.now();
    if (settleTimer === undefined) firstPendingAt = now;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(flush, now - firstPendingAt >= MAX_WAIT_MS ? 0 : SETTLE_MS);
  };

  const observer = new MutationObserver(collect);
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  return {
    observe(shadow) {
      if (watched.has(shadow)) return;
      watched.add(shadow);
      observer.observe(shadow, { childList: true, subtree: true, characterData: true });
    },
    mutate(edit) {
      collect(observer.takeRecords()); // the page's changes so far are kept
      try {
        return edit();
      } finally {
        observer.takeRecords(); // ours are dropped
      }
    },
    stop() {
      observer.disconnect();
      clearTimeout(settleTimer);
      pending.clear();
    },
  };
}

function isOurs(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (OUR_UI.has(el.tagName)) return true;
  }
  return false;
}

function carriesText(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.trim() !== '';
  if (node.nodeType !== Node.ELEMENT_NODE || OUR_UI.has((node as Element).tagName)) return false;
  // A web component may carry all its text in an open shadow root, anywhere below the added node.
  return (node.textContent ?? '').trim() !== '' || hasOpenShadowRoot(node as Element);
}

function hasOpenShadowRoot(element: Element): boolean {
  if (element.shadowRoot) return true;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) return true;
  }
  return false;
}

/** Drops roots inside other roots, so no text is scanned twice. */
function outermost(roots: Element[]): Element[] {
  return roots.filter(
    (root) => root.isConnected && !roots.some((other) => other !== root && other.contains(root)),
  );
}
