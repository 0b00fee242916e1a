import { startContent } from '../../src/content/start-content';
import './mentions.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startContent(document, {
      onInvalidated: (callback) => ctx.onInvalidated(callback),
      // WXT watches the URL only for listeners added through its context.
      onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
    });
  },
});
