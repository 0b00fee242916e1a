import { formatPartialDate } from '../card/format-date';
import { pickLocalized } from '../i18n/localized';
import { t, type UiLanguage } from '../i18n/strings';
import type { OutletInfo } from '../messaging/protocol';

/** A name for a language or region code in the reader's language ("id" → "Indonesian"); the code if unknown. */
function displayName(code: string, type: 'language' | 'region', lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

const safeHost = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * The outlet behind the page's site, in the page panel: who publishes it, where, in which
 * languages, since when, and the sources for each claim (numbered like a card's). Text only.
 */
export function OutletCard({ info, lang }: { info: NonNullable<OutletInfo>; lang: UiLanguage }) {
  const { entity, citations } = info;
  const outlet = entity.outlet;
  if (!outlet) return null;
  const number = new Map(citations.map((c, i) => [c.id, i + 1]));
  const refs = (ids: readonly string[]) => {
    const ns = ids.map((id) => number.get(id)).filter((n) => n !== undefined);
    return ns.length > 0 ? <span class="refs"> [{ns.join(', ')}]</span> : null;
  };
  const linkedName = (id: string | undefined) =>
    id === undefined ? undefined : info.linked.find((s) => s.id === id)?.name;
  const owner = outlet.owner
    ? ((outlet.owner.name ? pickLocalized(outlet.owner.name, lang) : undefined) ??
      linkedName(outlet.owner.entity))
    : undefined;
  const country = outlet.country
    ? (linkedName(outlet.country.entity) ??
      (outlet.country.code ? displayName(outlet.country.code, 'region', lang) : undefined))
    : undefined;
  const description = pickLocalized(entity.descriptions, lang);
  return (
    <section class="outlet" aria-labelledby="outlet-title" data-testid="outlet-card">
      <h2>{t(lang, 'outlet.heading')}</h2>
      <p class="outlet-name" id="outlet-title" dir="auto">
        {pickLocalized(entity.names, lang)} <span class="muted">· {info.domain}</span>
      </p>
      {description && (
        <p class="description" dir="auto">
          {description}
        </p>
      )}
      <dl class="outlet-facts">
        {owner && outlet.owner && (
          <>
            <dt>{t(lang, 'outlet.owner')}</dt>
            <dd data-testid="outlet-owner">
              {owner}
              {refs(outlet.owner.sources)}
            </dd>
          </>
        )}
        {country && outlet.country && (
          <>
            <dt>{t(lang, 'outlet.country')}</dt>
            <dd data-testid="outlet-country">
              {country}
              {refs(outlet.country.sources)}
            </dd>
          </>
        )}
        {outlet.languages && outlet.languages.length > 0 && (
          <>
            <dt>{t(lang, 'outlet.languages')}</dt>
            <dd>{outlet.languages.map((code) => displayName(code, 'language', lang)).join(', ')}</dd>
          </>
        )}
        {outlet.founded && (
          <>
            <dt>{t(lang, 'outlet.founded')}</dt>
            <dd data-testid="outlet-founded">
              {formatPartialDate(outlet.founded.date, lang)}
              {refs(outlet.founded.sources)}
            </dd>
          </>
        )}
      </dl>
      {citations.length > 0 && (
        <>
          <h3>{t(lang, 'outlet.sources')}</h3>
          <ol class="outlet-sources">
            {citations.map((c) => (
              <li key={c.id}>
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {c.title}
                </a>{' '}
                <span class="muted">
                  — {c.publisher} · {safeHost(c.url)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="muted pack">{t(lang, 'outlet.fromPack', { name: pickLocalized(info.source.name, lang) })}</p>
    </section>
  );
}
