import type { KonteksDB } from '../kb/db';
import type { Citation } from '../kb/pack-schema';
import { REVISION_KEY } from '../kb/revision';
import { createClaimIndex } from './claim-similarity';
import { enabledClaims, type SourcedClaim } from './claims-store';
import type { ClaimCard, FoundMark } from './mark-card';
import { createPhraseIndex } from './note-phrases';

/**
 * The background's side of claim and note marks: indexes of the enabled sources' claims
 * (claim-similarity.ts) and context notes (note-phrases.ts), rebuilt when the knowledge base's
 * revision changes, and a `find` over the segments a content script sends with find-mentions.
 */

interface SourcedNote {
  sourceId: string;
  sourceName: Record<string, string>;
  text: Record<string, string>;
  citations: Citation[];
}

interface Indexes {
  revision: number;
  claims: ReturnType<typeof createClaimIndex>;
  claimCards: Map<string, ClaimCard>;
  phrases: ReturnType<typeof createPhraseIndex>;
  notes: Map<string, SourcedNote>;
}

export function toClaimCard({ claim, source }: SourcedClaim): ClaimCard {
  return {
    kind: 'claim',
    id: claim.id,
    claimReviewed: claim.claimReviewed,
    verdict: claim.verdict,
    author: claim.author,
    ...(claim.claimant ? { claimant: claim.claimant } : {}),
    ...(claim.datePublished ? { datePublished: claim.datePublished } : {}),
    url: claim.url,
    source,
  };
}

async function build(db: KonteksDB, revision: number): Promise<Indexes> {
  const claims = await enabledClaims(db);
  const claimCards = new Map<string, ClaimCard>();
  for (const c of claims) if (!claimCards.has(c.claim.id)) claimCards.set(c.claim.id, toClaimCard(c));
  const notes = new Map<string, SourcedNote>();
  const phrases = [];
  const sources = (await db.getAll('sources'))
    .filter((s) => s.enabled)
    .sort((a, b) => a.priority - b.priority);
  for (const source of sources) {
    const citations = new Map(source.header.citations.map((c) => [c.id, c]));
    for (const note of source.header.notes ?? []) {
      const key = `${source.id}/${note.id}`;
      notes.set(key, {
        sourceId: source.id,
        sourceName: source.header.name,
        text: note.text,
        citations: note.sources.map((id) => citations.get(id)).filter((c): c is Citation => c !== undefined),
      });
      for (const phrase of note.phrases) phrases.push({ noteId: key, text: phrase.text, lang: phrase.lang });
    }
  }
  return {
    revision,
    claims: createClaimIndex(claims.map(({ claim }) => ({ id: claim.id, text: claim.claimReviewed }))),
    claimCards,
    phrases: createPhraseIndex(phrases),
    notes,
  };
}

export function createMarkFinder(db: KonteksDB) {
  // Tagged with its revision before it resolves, so requests arriving together build it once.
  let cached: { revision: number; indexes: Promise<Indexes> } | undefined;

  async function current(): Promise<Indexes> {
    const revision = Number((await db.get('meta', REVISION_KEY)) ?? 0);
    if (cached?.revision !== revision) {
      const indexes = build(db, revision);
      cached = { revision, indexes };
      // A failed read is tried again by the next request, not remembered.
      indexes.catch(() => {
        if (cached?.indexes === indexes) cached = undefined;
      });
    }
    return cached.indexes;
  }

  /** Claim sentences and note phrases in each segment, with the cards they open. */
  async function find(segments: readonly string[], lang: string | undefined): Promise<FoundMark[]> {
    const { claims, claimCards, phrases, notes } = await current();
    const marks: FoundMark[] = [];
    for (const [segment, text] of segments.entries()) {
      for (const m of claims.find(text)) {
        const card = claimCards.get(m.id);
        if (card) marks.push({ segment, start: m.start, end: m.end, card });
      }
      for (const m of phrases.find(text, lang)) {
        const note = notes.get(m.noteId);
        if (!note) continue;
        marks.push({
          segment,
          start: m.start,
          end: m.end,
          card: {
            kind: 'note',
            id: m.noteId,
            phrase: text.slice(m.start, m.end),
            text: (lang ? note.text[lang] : undefined) ?? note.text.en ?? '',
            sources: note.citations,
            source: { id: note.sourceId, name: note.sourceName },
          },
        });
      }
    }
    return marks;
  }

  return { find };
}
