import { createCardController } from '../card/card-controller';
import { t } from '../i18n/strings';
import { send } from '../messaging/client';
import { kbRevision } from '../messaging/kb-revision';
import { createAnnotator } from '../page/annotate-page';
import { decorateMention } from '../page/decorate-mention';
import { pageLanguage } from '../page/page-language';

export interface ContentLifecycle {
  /** Registers cleanup for when the extension is updated, disabled or removed. */
  onInvalidated(callback: () => void): void;
}

/**
 * The content script's whole job: read the page's text, ask the background for mentions, mark
 * them, and open cards. It never opens IndexedDB (that would be the web page's storage).
 */
export async function startContent(doc: Document, lifecycle: ContentLifecycle): Promise<void> {
  if (!doc.body) return;
  const lang = pageLanguage(doc);
  const description = t(lang === 'id' ? 'id' : 'en', 'hasCard');
  const cards = createCardController({
    doc,
    pageLang: lang,
    loadCard: (entityId) => send({ type: 'get-card', entityId }),
  });
  const annotator = createAnnotator({
    root: doc.body,
    lang,
    policy: 'first',
    findMentions: (segments, segmentsLang) => send({ type: 'find-mentions', segments, lang: segmentsLang }),
    onMention: (element) => decorateMention(element, description),
  });
  const rescan = () => {
    annotator.clear();
    annotator.run().catch(reportError);
  };
  // Sources switched on or off, imported or removed: re-annotate live.
  const unwatch = kbRevision.watch(rescan);
  lifecycle.onInvalidated(() => {
    unwatch();
    annotator.clear();
    cards.destroy();
  });
  await annotator.run().catch(reportError);
}

function reportError(error: unknown): void {
  console.warn('Konteks could not annotate this page:', (error as Error)?.message ?? error);
}
