/**
 * Whether a page looks like a news article, for readers who run Konteks on articles only.
 * Signals a publisher gives on purpose: an article type in JSON-LD or Open Graph, an `<article>`
 * with a heading, or a publication date we could read.
 */
export function looksLikeArticle(doc: Document, hasPublicationDate: boolean): boolean {
  if (hasPublicationDate) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (ogType === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (
      /"@type"\s*:\s*"(News|Reportage|Analysis|Opinion|Report|Blog)?(Article|Posting)"/.test(
        script.textContent ?? '',
      )
    )
      return true;
  }
  // Simple descendant selectors only: a sibling combinator here cost ~90 ms on a 1 MB page.
  return doc.querySelector('article h1, article h2, main h1') !== null;
}
