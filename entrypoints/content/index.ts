import { startContent } from '../../src/content/start-content';
import './mentions.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // WXT notices that the extension was updated, reloaded or removed only when its context is
    // asked; this heartbeat asks every 2 s, so the old script withdraws from open pages.
    ctx.setInterval(() => {}, 2000);
    void startContent(document, {
      onInvalidated: (callback) => ctx.onInvalidated(callback),
      // WXT watches the URL only for listeners added through its context.
      onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
    });
  },
});
