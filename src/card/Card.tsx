import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { MarkCard } from '../claims/mark-card';
import { tCard as t } from '../i18n/card-strings';
import type { UiLanguage } from '../i18n/translate';
import type { CardView, EventView, FactView, TimelineView } from './card-model';
import { formatPartialDate } from './format-date';
import { MarkCardView } from './MarkCardView';
import { WrongMatch, type WrongMatchActions } from './WrongMatch';

export interface Alternative {
  name: string;
  description: string;
  choose: () => void;
}

export type CardState =
  | { kind: 'loading' }
  | {
      kind: 'ready';
      view: CardView;
      probableAlias?: string | undefined;
      /** Other entities the name may mean, when the page did not decide it. */
      alternatives?: Alternative[];
      /** "Wrong match?" choices for the mention the card is about. */
      wrongMatch?: WrongMatchActions | undefined;
    }
  | { kind: 'error'; message: string }
  /** A fact-check of a sentence, or a context note on a phrase (MarkCardView). */
  | { kind: 'mark'; card: MarkCard; pageLang?: string | undefined };

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

function Refs({ refs, lang }: { refs: number[]; lang: UiLanguage }) {
  if (refs.length === 0) return null;
  return (
    <span class="refs" title={refs.map((n) => t(lang, 'card.sourceRef', { n })).join(', ')}>
      {' '}
      [{refs.join(', ')}]
    </span>
  );
}

function FactList({ facts, lang }: { facts: FactView[]; lang: UiLanguage }) {
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <li key={`${fact.label}${fact.from}`}>
          {fact.label}
          {fact.from || fact.to ? <span class="dates"> · {dateRange(lang, fact.from, fact.to)}</span> : null}
          {fact.unsureAt ? (
            <span class="unsure">
              {' '}
              ({t(lang, 'card.unsure', { date: formatPartialDate(fact.unsureAt, lang) })})
            </span>
          ) : null}
          <Refs refs={fact.refs} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

function EventList({ events, lang }: { events: EventView[]; lang: UiLanguage }) {
  return (
    <ul class="events">
      {events.map((event) => (
        <li key={`${event.date}${event.label}`}>
          <span class="date">
            {event.endDate ? dateRange(lang, event.date, event.endDate) : formatPartialDate(event.date, lang)}
          </span>{' '}
          {event.label}
          <Refs refs={event.refs} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

/** "When this was published" and "Since then", or, without a page date, how things stand now. */
function Timeline({ timeline, lang }: { timeline: TimelineView; lang: UiLanguage }) {
  if (timeline.kind === 'dated') {
    return (
      <>
        {timeline.onThatDay.length > 0 && (
          <section class="then">
            <h3>{t(lang, 'card.then', { date: formatPartialDate(timeline.articleDate, lang) })}</h3>
            <FactList facts={timeline.onThatDay} lang={lang} />
          </section>
        )}
        <section class="since">
          <h3>{t(lang, 'card.sinceThen')}</h3>
          {timeline.since.length > 0 ? (
            <EventList events={timeline.since} lang={lang} />
          ) : (
            <p class="muted">{t(lang, 'card.nothingSince')}</p>
          )}
        </section>
      </>
    );
  }
  return (
    <>
      <p class="muted note">{t(lang, 'card.noDate')}</p>
      {timeline.now.length > 0 && (
        <section>
          <h3>{t(lang, 'card.now')}</h3>
          <FactList facts={timeline.now} lang={lang} />
        </section>
      )}
      {timeline.events.length > 0 && (
        <section>
          <h3>{t(lang, 'card.events')}</h3>
          <EventList events={timeline.events} lang={lang} />
        </section>
      )}
    </>
  );
}

function Alternatives({ alternatives, lang }: { alternatives: Alternative[]; lang: UiLanguage }) {
  return (
    <section class="alternatives">
      <p>{t(lang, 'card.whichOne')}</p>
      <ul>
        {alternatives.map((alternative) => (
          <li key={alternative.name}>
            <button type="button" class="alternative" onClick={alternative.choose}>
              {t(lang, 'card.showInstead', { name: alternative.name })}
            </button>{' '}
            <span class="muted">{alternative.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Summaries longer than this are clipped to a few lines until the reader asks for more. */
const CLIP_AT_CHARS = 240;

function Summary({ text, lang }: { text: string; lang: UiLanguage }) {
  const [expanded, setExpanded] = useState(false);
  const clipped = text.length > CLIP_AT_CHARS && !expanded;
  return (
    <>
      <p class={clipped ? 'summary clipped' : 'summary'} dir="auto" id="konteks-card-summary">
        {text}
      </p>
      {text.length > CLIP_AT_CHARS && (
        <button
          type="button"
          class="more"
          aria-expanded={expanded}
          aria-controls="konteks-card-summary"
          onClick={() => setExpanded(!expanded)}
        >
          {t(lang, expanded ? 'card.less' : 'card.more')}
        </button>
      )}
    </>
  );
}

function ReadyCard({
  view,
  lang,
  probableAlias,
  alternatives = [],
  wrongMatch,
}: {
  view: CardView;
  lang: UiLanguage;
  probableAlias?: string | undefined;
  alternatives?: Alternative[] | undefined;
  wrongMatch?: WrongMatchActions | undefined;
}) {
  return (
    <>
      <p class="type">{t(lang, `type.${view.type}`)}</p>
      <h2 id="konteks-card-title" dir="auto">
        {view.name}
      </h2>
      <p class="description" dir="auto">
        {view.description}
      </p>
      {probableAlias ? <p class="probable">{t(lang, 'card.probable', { alias: probableAlias })}</p> : null}
      {alternatives.length > 0 && <Alternatives alternatives={alternatives} lang={lang} />}
      <Summary text={view.summary} lang={lang} />
      <Timeline timeline={view.timeline} lang={lang} />
      {view.citations.length > 0 && (
        <section>
          <h3>{t(lang, 'card.sources')}</h3>
          <ol class="sources">
            {view.citations.map((c) => (
              <li key={c.url} value={c.n}>
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {c.title}
                </a>{' '}
                <span class="publisher">
                  — {c.publisher} · {c.host}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.combined.length > 0 ? (
        <section class="pack">
          <p>{t(lang, 'card.combined')}</p>
          <ul>
            {view.combined.map((part) => (
              <li key={part.source}>
                {part.source}: {part.fields.map((field) => t(lang, `field.${field}`)).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="pack">{t(lang, 'card.fromPack', { name: view.sourceName })}</p>
      )}
      {wrongMatch && <WrongMatch actions={wrongMatch} lang={lang} name={view.name} />}
    </>
  );
}

/** The card itself: one renderer per state, text only (no markup from knowledge data). */
export function Card({ state, lang, onClose, closeRef }: CardProps) {
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={state.kind === 'ready' || state.kind === 'mark' ? 'konteks-card-title' : undefined}
      aria-label={state.kind === 'ready' || state.kind === 'mark' ? undefined : 'Konteks'}
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
      {state.kind === 'mark' && <MarkCardView card={state.card} lang={lang} pageLang={state.pageLang} />}
      {state.kind === 'ready' && (
        <ReadyCard
          view={state.view}
          lang={lang}
          probableAlias={state.probableAlias}
          alternatives={state.alternatives}
          wrongMatch={state.wrongMatch}
        />
      )}
    </div>
  );
}
