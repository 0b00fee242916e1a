import type { MarkCard } from '../claims/mark-card';
import { tCard as t } from '../i18n/card-strings';
import type { UiLanguage } from '../i18n/translate';
import { MARK_TAG } from './wrap-mentions';

/** Which kind of card a marker opens: "claim" (a fact-check) or "note" (a context note). */
export const MARK_KIND_ATTRIBUTE = 'data-konteks-mark';

/**
 * A discreet marker placed right after a sentence a fact-checker reviewed, or a phrase a context
 * note explains: an empty element (its small badge is drawn by entrypoints/content/mentions.css,
 * so the page's text is unchanged), announced as a button that opens a dialog. Inside a link or
 * button the page's control keeps focus and click, as for mentions (decorate-mention.ts).
 */
export function makeMark(doc: Document, card: MarkCard, lang: UiLanguage): HTMLElement {
  const element = doc.createElement(MARK_TAG);
  element.setAttribute(MARK_KIND_ATTRIBUTE, card.kind);
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute(
    'aria-label',
    card.kind === 'claim' ? t(lang, 'mark.claimLabel', { verdict: card.verdict }) : t(lang, 'mark.noteLabel'),
  );
  element.setAttribute('title', card.kind === 'claim' ? t(lang, 'mark.claim') : t(lang, 'mark.note'));
  return element;
}

/** Once in the page: focusable unless it sits inside the page's own link or button. */
export function decorateMark(element: HTMLElement): void {
  if (element.closest('a[href], button, [role="button"], [role="link"], label, summary')) return;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-expanded', 'false');
  element.tabIndex = 0;
}
