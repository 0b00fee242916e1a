// Runs at document_start, before the page has any element (see wxt.config.ts). Chromium builds a
// content script's `chrome` object when the extension's isolated world is first created; created
// at document_idle, after `<form name="chrome">` exists, it extends that form instead (a clobbered
// `chrome.runtime`). Touching the world this early makes Chromium create it before the page's
// elements can stand in for it.
void globalThis.chrome;
