import { useState } from 'preact/hooks';
import { tCard as t } from '../i18n/card-strings';
import type { UiLanguage } from '../i18n/translate';

/** What the reader can say about a wrong match; each action is sent to the background by the card controller. */
export interface WrongMatchActions {
  notHere: () => void;
  notAnywhere: () => void;
  /** The other entities an ambiguous name may mean. */
  instead: { id: string; name: string; choose: () => void }[];
  /** Set when the last choice could not be stored. */
  problem?: string | undefined;
}

/**
 * "Wrong match?": a discreet disclosure at the foot of the card. Only a real click or key press
 * counts (a page script's synthetic click has `isTrusted` false and does nothing), because a
 * choice changes what Konteks marks.
 */
export function WrongMatch({
  actions,
  lang,
  name,
}: {
  actions: WrongMatchActions;
  lang: UiLanguage;
  name: string;
}) {
  const [open, setOpen] = useState(false);
  const trusted = (action: () => void) => (event: Event) => {
    if (event.isTrusted) action();
  };
  return (
    <section class="wrong-match">
      <button
        type="button"
        class="wrong-toggle"
        aria-expanded={open}
        aria-controls="konteks-wrong-match"
        onClick={trusted(() => setOpen(!open))}
      >
        {t(lang, 'wrong.toggle')}
      </button>
      {open && (
        <div id="konteks-wrong-match">
          <p class="muted">{t(lang, 'wrong.intro', { name })}</p>
          <ul>
            <li>
              <button type="button" class="choice" data-choice="not-here" onClick={trusted(actions.notHere)}>
                {t(lang, 'wrong.notHere')}
              </button>
            </li>
            <li>
              <button
                type="button"
                class="choice"
                data-choice="not-anywhere"
                onClick={trusted(actions.notAnywhere)}
              >
                {t(lang, 'wrong.notAnywhere')}
              </button>
            </li>
            {actions.instead.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  class="choice"
                  data-choice="instead"
                  data-entity-id={candidate.id}
                  onClick={trusted(candidate.choose)}
                >
                  {t(lang, 'wrong.instead', { name: candidate.name })}
                </button>
              </li>
            ))}
          </ul>
          <p class="muted">{t(lang, 'wrong.local')}</p>
        </div>
      )}
      {actions.problem && (
        <p class="error" role="alert">
          {actions.problem}
        </p>
      )}
    </section>
  );
}
