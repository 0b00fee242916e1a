/**
 * The page's language, primary subtag only ("id", "en"): from the document's lang attribute when
 * present, else guessed from frequent function words, since many Indonesian sites omit or
 * mislabel it.
 */
export function pageLanguage(doc: Document): string | undefined {
  const declared = doc.documentElement.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0];
  if (declared && /^[a-z]{2,3}$/.test(declared)) return declared;
  return guessLanguage(doc.body?.textContent?.slice(0, 20_000) ?? '');
}

const MARKERS: Record<string, readonly string[]> = {
  id: ['yang', 'dan', 'di', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'tidak', 'akan', 'pada', 'sudah'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'from'],
};

/** Counts marker words per language; undefined when the text gives too little evidence. */
export function guessLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, markers] of Object.entries(MARKERS)) {
    const set = new Set(markers);
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore >= 5 ? best : undefined;
}
