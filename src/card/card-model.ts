import { pickLocalized } from '../i18n/localized';
import type { Citation, DatedEvent, EntityType, Fact, LocalizedText } from '../kb/pack-schema';
import { currentFacts, type Day, snapshotOn } from '../kb/timeline';
import type { CardData, MergedField } from '../messaging/protocol';

export interface FactView {
  label: string;
  from?: string | undefined;
  to?: string | undefined;
  /** Set when the source's date is too coarse to tell whether this held on the day asked about. */
  unsureAt?: string | undefined;
  /** Numbers of the card's sources that back this fact. */
  refs: number[];
}

export interface EventView {
  date: string;
  endDate?: string | undefined;
  label: string;
  refs: number[];
}

/**
 * The card's time-aware part. With the article's date: what held on that day and what happened
 * after it. Without one: facts as they stand today and the latest events, and the card says so.
 */
export type TimelineView =
  | { kind: 'dated'; articleDate: Day; onThatDay: FactView[]; since: EventView[] }
  | { kind: 'undated'; now: FactView[]; events: EventView[] };

/** What a card shows, already in one language: the view model is pure, so it is unit-tested. */
export interface CardView {
  lang: string;
  name: string;
  type: EntityType;
  description: string;
  summary: string;
  timeline: TimelineView;
  citations: { n: number; title: string; url: string; publisher: string; host: string }[];
  sourceName: string;
  /**
   * When several sources describe this entity: which source gave which part of the card, highest
   * priority first (empty when one source said everything).
   */
  combined: { source: string; fields: MergedField[] }[];
}

export interface CardTime {
  /** The page's publication day, when it could be found. */
  articleDate?: Day | undefined;
  /** The reader's today, for "as it stands now". */
  today: Day;
}

const MAX_FACTS = 5;
const MAX_EVENTS = 4;

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

/** Sources numbered in the order the card lists them; a source with a non-http link is dropped. */
function numberCitations(citations: readonly Citation[]) {
  const numbered: CardView['citations'] = [];
  const numberOf = new Map<string, number>();
  for (const c of citations) {
    const url = safeHttpUrl(c.url);
    if (!url || numberOf.has(c.id)) continue;
    numberOf.set(c.id, numbered.length + 1);
    numbered.push({
      n: numbered.length + 1,
      title: c.title,
      url,
      publisher: c.publisher,
      host: new URL(url).host,
    });
  }
  const refs = (ids: readonly string[]) => ids.flatMap((id) => numberOf.get(id) ?? []);
  return { numbered, refs };
}

/** The sources a merged card drew on, each with the parts it gave; empty for a single source. */
function combinedSources(data: CardData, lang: string): CardView['combined'] {
  const provenance = data.provenance;
  if (!provenance || provenance.sources.length < 2) return [];
  const gave = new Map<string, MergedField[]>();
  for (const [field, sourceId] of Object.entries(provenance.fields) as [MergedField, string][]) {
    gave.set(sourceId, [...(gave.get(sourceId) ?? []), field]);
  }
  return provenance.sources.flatMap((source) => {
    const fields = gave.get(source.id);
    return fields ? [{ source: pickText(source.name, lang), fields }] : [];
  });
}

/** Latest start first: the role someone holds now before the one they held before it. */
const byStartDescending = (a: Fact, b: Fact) => (b.from ?? '').localeCompare(a.from ?? '');

export function toCardView(data: CardData, pageLang: string | undefined, time: CardTime): CardView {
  const lang = cardLanguage(data, pageLang);
  const { entity } = data;
  const { numbered, refs } = numberCitations(data.citations);
  const factView = (fact: Fact, unsure = false): FactView => ({
    label: pickText(fact.label, lang),
    from: fact.from,
    to: fact.to,
    unsureAt: unsure ? (fact.to ?? fact.from) : undefined,
    refs: refs(fact.sources),
  });
  const eventView = (event: DatedEvent): EventView => ({
    date: event.date,
    endDate: event.endDate,
    label: pickText(event.label, lang),
    refs: refs(event.sources),
  });

  let timeline: TimelineView;
  if (time.articleDate) {
    const snapshot = snapshotOn(entity.facts, entity.events, time.articleDate);
    timeline = {
      kind: 'dated',
      articleDate: time.articleDate,
      onThatDay: [...snapshot.held]
        .sort((a, b) => byStartDescending(a.fact, b.fact))
        .slice(0, MAX_FACTS)
        .map(({ fact, status }) => factView(fact, status === 'unsure')),
      since: snapshot.since.slice(0, MAX_EVENTS).map(eventView),
    };
  } else {
    timeline = {
      kind: 'undated',
      now: currentFacts(entity.facts, time.today)
        .sort(byStartDescending)
        .slice(0, MAX_FACTS)
        .map((f) => factView(f)),
      events: [...entity.events]
        .sort((a, b) => b.date.localeCompare(a.date))
        .slice(0, MAX_EVENTS)
        .map(eventView),
    };
  }

  return {
    lang,
    name: pickText(entity.names, lang),
    type: entity.type,
    description: pickText(entity.descriptions, lang),
    summary: pickText(entity.summaries, lang),
    timeline,
    citations: numbered,
    sourceName: pickText(data.source.name, lang),
    combined: combinedSources(data, lang),
  };
}
