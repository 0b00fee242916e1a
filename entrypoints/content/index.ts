// First: hide a page element posing as the `browser` global before anything reads it.
import '../../src/content/unclobber';
import { createLifecycle } from '../../src/content/lifecycle';
import { startContent } from '../../src/content/start-content';
import './mentions.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Do not announce ourselves to the page: WXT's "started" message carries the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startContent(
      document,
      createLifecycle((callback) => ctx.onInvalidated(callback)),
    );
  },
});
