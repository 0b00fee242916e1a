import type { Ref } from 'preact';
import { t, type UiLanguage } from '../i18n/strings';
import type { CardView } from './card-model';
import { formatPartialDate } from './format-date';

export type CardState =
  | { kind: 'loading' }
  | { kind: 'ready'; view: CardView; probableAlias?: string | undefined }
  | { kind: 'error'; message: string };

interface CardProps {
  state: CardState;
  lang: UiLanguage;
  onClose: () => void;
  closeRef?: Ref<HTMLButtonElement>;
}

function dateRange(lang: UiLanguage, from?: string, to?: string): string {
  if (from && to)
    return t(lang, 'card.until', { from: formatPartialDate(from, lang), to: formatPartialDate(to, lang) });
  if (from) return t(lang, 'card.since', { from: formatPartialDate(from, lang) });
  if (to) return t(lang, 'card.untilOnly', { to: formatPartialDate(to, lang) });
  return '';
}

function ReadyCard({
  view,
  lang,
  probableAlias,
}: {
  view: CardView;
  lang: UiLanguage;
  probableAlias?: string | undefined;
}) {
  return (
    <>
      <p class="type">{t(lang, `type.${view.type}`)}</p>
      <h2 id="konteks-card-title">{view.name}</h2>
      <p class="description">{view.description}</p>
      {probableAlias ? <p class="probable">{t(lang, 'card.probable', { alias: probableAlias })}</p> : null}
      <p class="summary">{view.summary}</p>
      {view.facts.length > 0 && (
        <section aria-label={t(lang, 'card.facts')}>
          <h3>{t(lang, 'card.facts')}</h3>
          <ul class="facts">
            {view.facts.map((fact) => (
              <li key={`${fact.label}${fact.from}`}>
                {fact.label}
                {fact.from || fact.to ? (
                  <span class="dates"> · {dateRange(lang, fact.from, fact.to)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.citations.length > 0 && (
        <section aria-label={t(lang, 'card.sources')}>
          <h3>{t(lang, 'card.sources')}</h3>
          <ul class="sources">
            {view.citations.map((c) => (
              <li key={c.url}>
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {c.title}
                </a>{' '}
                <span class="publisher">— {c.publisher}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="pack">{t(lang, 'card.fromPack', { name: view.sourceName })}</p>
    </>
  );
}

/** The card itself: one renderer per state, text only (no markup from knowledge data). */
export function Card({ state, lang, onClose, closeRef }: CardProps) {
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={state.kind === 'ready' ? 'konteks-card-title' : undefined}
      aria-label={state.kind === 'ready' ? undefined : 'Konteks'}
      lang={lang}
    >
      <button type="button" class="close" ref={closeRef} onClick={onClose} aria-label={t(lang, 'card.close')}>
        ×
      </button>
      {state.kind === 'loading' && <p class="status">{t(lang, 'card.loading')}</p>}
      {state.kind === 'error' && (
        <p class="status error" role="alert">
          {t(lang, 'card.error')} {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <ReadyCard view={state.view} lang={lang} probableAlias={state.probableAlias} />
      )}
    </div>
  );
}
