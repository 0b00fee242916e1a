import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { stripZodJsonSchema } from './scripts/strip-zod-json-schema';

// Firefox needs a stable add-on id and an explicit statement that nothing is collected;
// Chrome must not receive these keys, hence a manifest built per browser.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Konteks',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Alt+Shift+K opens the card of the next name marked on the page (src/background/shortcut.ts).
    commands: {
      'next-name': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandNextName__',
      },
    },
    // Asked for one origin at a time, only when the reader subscribes to a pack at that address.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions (WXT drops the key): origins go here instead.
          optional_permissions: ['http://*/*', 'https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'konteks@konteks.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chromium only: see public/bind-extension-apis.js (issue 7, DOM clobbering).
          content_scripts: [
            {
              matches: ['http://*/*', 'https://*/*'],
              run_at: 'document_start',
              js: ['bind-extension-apis.js'],
            },
          ],
        }),
  }),
  vite: () => ({
    plugins: [preact(), stripZodJsonSchema()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod 4 ships /*#__PURE__*/ annotations Rollup cannot place; harmless noise.
          if (warning.code === 'INVALID_ANNOTATION' && /zod/.test(warning.id ?? warning.message)) return;
          warn(warning);
        },
      },
    },
  }),
});
