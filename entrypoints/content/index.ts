import { startContent } from '../../src/content/start-content';
import './mentions.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startContent(document, ctx);
  },
});
