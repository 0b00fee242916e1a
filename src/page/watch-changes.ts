import { MENTION_TAG } from './wrap-mentions';

/** New text is annotated within this long of the page adding it (the bound is 500 ms). */
export const SETTLE_MS = 150;
/** A page that never stops changing (a ticker) is still scanned at least this often. */
export const MAX_WAIT_MS = 400;

const OUR_UI = new Set([MENTION_TAG.toUpperCase(), 'KONTEKS-CARD-HOST']);

export interface ChangeWatcher {
  /** Runs one of our own DOM edits without it being reported as a page change. */
  mutate<T>(edit: () => T): T;
  stop(): void;
}

/**
 * Reports the parts of the page whose text was added or changed, in batches: a live blog adding
 * ten posts at once is scanned once. Our own edits (wrapping, unwrapping) are run through
 * `mutate`, which swallows their records, so marking a mention never triggers another scan.
 */
export function watchChanges(root: Element, onChanged: (roots: Element[]) => void): ChangeWatcher {
  let pending = new Set<Element>();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;

  const flush = () => {
    clearTimeout(settleTimer);
    settleTimer = undefined;
    const roots = outermost([...pending]);
    pending = new Set();
    if (roots.length > 0) onChanged(roots);
  };

  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      const target =
        record.type === 'characterData' ? record.target.parentElement : (record.target as Element);
      if (!target || isOurs(target)) continue;
      if (record.type === 'childList' && ![...record.addedNodes].some(carriesText)) continue;
      pending.add(target);
    }
    if (pending.size === 0) return;
    const now = performance.now();
    if (settleTimer === undefined) firstPendingAt = now;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(flush, now - firstPendingAt >= MAX_WAIT_MS ? 0 : SETTLE_MS);
  };

  const observer = new MutationObserver(collect);
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  return {
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
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    !OUR_UI.has((node as Element).tagName) &&
    (node.textContent ?? '').trim() !== ''
  );
}

/** Drops roots inside other roots, so no text is scanned twice. */
function outermost(roots: Element[]): Element[] {
  return roots.filter(
    (root) => root.isConnected && !roots.some((other) => other !== root && other.contains(root)),
  );
}
