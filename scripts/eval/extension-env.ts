/**
 * The background's modules define extension-storage items when they load; outside a browser
 * (`npm run eval` under plain Node) WXT's fake browser stands in. Import this module first.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

const globals = globalThis as { chrome?: unknown; browser?: unknown };
globals.browser ??= fakeBrowser;
globals.chrome ??= fakeBrowser;
