import type { Ref } from 'preact';
import { tCard as t } from '../i18n/card-strings';
import type { UiLanguage } from '../i18n/translate';

export interface ChoiceNoticeState {
  text: string;
  /** Present until the choice is undone (or when undoing is not possible). */
  undo?: (() => void) | undefined;
}

/**
 * Says what a "wrong match?" choice did, after the card has closed (the name it was about is no
 * longer marked), with an Undo. Announced as a status; stays until dismissed or the next card opens.
 * Only real clicks and key presses act, like everywhere in the card.
 */
export function ChoiceNotice({
  notice,
  lang,
  onDismiss,
  undoRef,
}: {
  notice: ChoiceNoticeState;
  lang: UiLanguage;
  onDismiss: () => void;
  undoRef?: Ref<HTMLButtonElement>;
}) {
  const trusted = (action: () => void) => (event: Event) => {
    if (event.isTrusted) action();
  };
  return (
    <div class="choice-notice" role="status" lang={lang}>
      <span>{notice.text}</span>{' '}
      {notice.undo && (
        <button type="button" class="choice undo" ref={undoRef} onClick={trusted(notice.undo)}>
          {t(lang, 'wrong.undo')}
        </button>
      )}
      <button
        type="button"
        class="choice dismiss"
        aria-label={t(lang, 'card.close')}
        onClick={trusted(onDismiss)}
      >
        ×
      </button>
    </div>
  );
}
