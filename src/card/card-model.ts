import { pickLocalized } from '../i18n/localized';
import type { Citation, DatedEvent, EntityType, Fact, LocalizedText } from '../kb/pack-schema';
import type { CardData } from '../messaging/protocol';

/** What a card shows, already in one language: the view model is pure, so it is unit-tested. */
export interface CardView {
  lang: string;
  name: string;
  type: EntityType;
  description: string;
  summary: string;
  facts: { label: string; from?: string | undefined; to?: string | undefined }[];
  events: { date: string; label: string }[];
  citations: { title: string; url: string; publisher: string }[];
  sourceName: string;
}

/** Picks the text in `lang`, else English, else any language the pack has. */
export function pickText(text: LocalizedText | undefined, lang: string): string {
  return text ? pickLocalized(text, lang) : '';
}

/** Languages a card can be shown in: the page's own when the entity has it, else English. */
export function cardLanguage(data: CardData, pageLang: string | undefined): string {
  return pageLang && data.entity.summaries[pageLang] ? pageLang : 'en';
}

/** Only http(s) links reach a card, even if stored data was tampered with after import. */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Key facts: current and dated ones first (latest start first), at most `limit`. */
function keyFacts(facts: readonly Fact[], lang: string, limit: number): CardView['facts'] {
  return [...facts]
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
    .slice(0, limit)
    .map((fact) => ({ label: pickText(fact.label, lang), from: fact.from, to: fact.to }));
}

function latestEvents(events: readonly DatedEvent[], lang: string, limit: number): CardView['events'] {
  return [...events]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit)
    .map((event) => ({ date: event.date, label: pickText(event.label, lang) }));
}

function citationViews(citations: readonly Citation[]): CardView['citations'] {
  return citations.flatMap((c) => {
    const url = safeHttpUrl(c.url);
    return url ? [{ title: c.title, url, publisher: c.publisher }] : [];
  });
}

export function toCardView(data: CardData, pageLang: string | undefined): CardView {
  const lang = cardLanguage(data, pageLang);
  const { entity } = data;
  return {
    lang,
    name: pickText(entity.names, lang),
    type: entity.type,
    description: pickText(entity.descriptions, lang),
    summary: pickText(entity.summaries, lang),
    facts: keyFacts(entity.facts, lang, 5),
    events: latestEvents(entity.events, lang, 3),
    citations: citationViews(data.citations),
    sourceName: pickText(data.source.name, lang),
  };
}
