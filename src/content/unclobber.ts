/**
 * Imported first by the content script, before any module reads `browser`.
 *
 * In Chrome's isolated world there is no `browser` global, so a page element with that id or name
 * (`<form id="browser">`) shows through as one, and the webextension polyfill would take the form
 * for the extension API. A `browser` that cannot send messages is not ours: it is hidden, and the
 * polyfill builds the real one from `chrome`.
 */
const g = globalThis as { browser?: { runtime?: { sendMessage?: unknown } } };
if (g.browser !== undefined && typeof g.browser?.runtime?.sendMessage !== 'function') {
  Object.defineProperty(globalThis, 'browser', { value: undefined, writable: true, configurable: true });
}
