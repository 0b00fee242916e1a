import type { ContentLifecycle } from './start-content';

/** How often the content script checks that its extension is still there, and its URL. */
const HEARTBEAT_MS = 1000;

interface ExtensionGlobal {
  runtime?: { id?: string };
}

/**
 * True while this script's extension is installed and enabled. Read through `chrome` first: in an
 * isolated world it is the browser's own object, while `browser` (absent in Chrome) can be
 * clobbered by a page element with that id or name.
 */
export function extensionAlive(): boolean {
  const g = globalThis as { chrome?: ExtensionGlobal; browser?: ExtensionGlobal };
  return (g.chrome?.runtime?.id ?? g.browser?.runtime?.id) != null;
}

/**
 * The content script's own lifecycle, which a page cannot fake. WXT's context can be told by any
 * page event that a newer copy started (and then stops), and its location events can be dispatched
 * by the page too; so Konteks withdraws only when the extension is really gone, and rescans only
 * when the URL really changed.
 */
export function createLifecycle(wxtInvalidated: (callback: () => void) => void): ContentLifecycle & {
  stop(): void;
} {
  const onDeath = new Set<() => void>();
  const onMove = new Set<() => void>();
  let href = location.href;
  let dead = false;

  const die = () => {
    if (dead) return;
    dead = true;
    clearInterval(timer);
    removeEventListener('popstate', checkLocation);
    for (const callback of onDeath) callback();
  };
  function checkLocation() {
    if (location.href === href) return;
    href = location.href;
    for (const callback of onMove) callback();
  }
  const timer = setInterval(() => {
    if (!extensionAlive()) die();
    else checkLocation();
  }, HEARTBEAT_MS);
  addEventListener('popstate', checkLocation);
  wxtInvalidated(() => {
    if (!extensionAlive()) die();
  });

  return {
    onInvalidated: (callback) => onDeath.add(callback),
    onLocationChange: (callback) => onMove.add(callback),
    stop: die,
  };
}
