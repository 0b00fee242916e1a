import { formatPartialDate } from '../card/format-date';
import type { ClaimCard } from '../claims/mark-card';
import { t, type UiLanguage } from '../i18n/strings';

/**
 * The fact-checks that list this page's address as where a claim appeared: the verdict as the
 * fact-checker worded it, the claim, who checked it and when, and the link. Text only.
 */
export function PageClaims({ claims, lang }: { claims: ClaimCard[]; lang: UiLanguage }) {
  if (claims.length === 0) return null;
  return (
    <section class="claims" aria-labelledby="popup-claims-title" data-testid="popup-claims">
      <h2 id="popup-claims-title">{t(lang, 'popup.claims.title')}</h2>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id} data-testid="popup-claim">
            <p class="verdict" dir="auto">
              {claim.verdict}
            </p>
            <p class="claim-text" dir="auto">
              {claim.claimReviewed}
            </p>
            <p class="description">
              {claim.datePublished
                ? t(lang, 'popup.claims.byOn', {
                    name: claim.author.name,
                    date: formatPartialDate(claim.datePublished, lang),
                  })
                : t(lang, 'popup.claims.by', { name: claim.author.name })}
            </p>
            {/^https?:\/\//i.test(claim.url) && (
              <a href={claim.url} target="_blank" rel="noopener noreferrer">
                {t(lang, 'popup.claims.read')}
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
