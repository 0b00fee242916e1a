/**
 * Picks the text for `lang` from a pack's localised map ({ en: "Syria", id: "Suriah" }):
 * the exact tag, then its primary language ("pt-BR" → "pt"), then English (packs must have it),
 * then whatever the map has. Returns '' only for an empty map.
 */
export function pickLocalized(texts: Readonly<Record<string, string>>, lang: string): string {
  const primary = lang.split('-')[0] ?? lang;
  return texts[lang] ?? texts[primary] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
