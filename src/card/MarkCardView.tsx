import type { MarkCard } from '../claims/mark-card';
import { tCard as t } from '../i18n/card-strings';
import type { UiLanguage } from '../i18n/translate';
import { formatPartialDate } from './format-date';

/** The host of a link, shown beside it so the reader knows where it leads. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Only http(s) links reach the page, checked again here (they were at import). */
const isHttp = (url: string) => /^https?:\/\//i.test(url);

/**
 * One card for what is said on the page rather than who is named: a fact-checker's verdict on
 * a claim, or a Konteks context note on a phrase. Text only, never markup.
 */
export function MarkCardView({
  card,
  lang,
  pageLang,
}: {
  card: MarkCard;
  lang: UiLanguage;
  pageLang?: string;
}) {
  const sourceName = card.source.name[lang] ?? card.source.name.en ?? card.source.id;
  if (card.kind === 'claim') {
    const date = card.datePublished ? formatPartialDate(card.datePublished, lang) : undefined;
    return (
      <>
        <p class="type">{t(lang, 'mark.claim')}</p>
        <h2 id="konteks-card-title" class="verdict" dir="auto" data-testid="claim-verdict">
          {card.verdict}
        </h2>
        <section class="claim">
          <h3>{t(lang, 'claim.claim')}</h3>
          <blockquote dir="auto" lang={pageLang}>
            {card.claimReviewed}
          </blockquote>
          {card.claimant && <p class="muted">{t(lang, 'claim.claimant', { name: card.claimant })}</p>}
        </section>
        <p class="checked-by">
          {date
            ? t(lang, 'claim.checkedByOn', { name: card.author.name, date })
            : t(lang, 'claim.checkedBy', { name: card.author.name })}
        </p>
        {isHttp(card.url) && (
          <p>
            <a href={card.url} target="_blank" rel="noopener noreferrer">
              {t(lang, 'claim.read')}
            </a>{' '}
            <span class="publisher">· {hostOf(card.url)}</span>
          </p>
        )}
        <p class="pack">{t(lang, 'card.fromPack', { name: sourceName })}</p>
      </>
    );
  }
  return (
    <>
      <p class="type">{t(lang, 'mark.note')}</p>
      <h2 id="konteks-card-title" dir="auto">
        {t(lang, 'note.about', { phrase: card.phrase })}
      </h2>
      <p class="summary" dir="auto">
        {card.text}
      </p>
      {card.sources.length > 0 && (
        <section>
          <h3>{t(lang, 'card.sources')}</h3>
          <ol class="sources">
            {card.sources
              .filter((c) => isHttp(c.url))
              .map((c) => (
                <li key={c.url}>
                  <a href={c.url} target="_blank" rel="noopener noreferrer">
                    {c.title}
                  </a>{' '}
                  <span class="publisher">
                    — {c.publisher} · {hostOf(c.url)}
                  </span>
                </li>
              ))}
          </ol>
        </section>
      )}
      <p class="pack">{t(lang, 'note.ours', { name: sourceName })}</p>
    </>
  );
}
