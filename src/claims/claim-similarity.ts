import { splitSentences } from './sentences';
import { type Token, tokenize } from './text-tokens';

/**
 * Finds page sentences that state a reviewed claim. Precision over recall: a marker that points
 * at the wrong fact-check misleads, a missed one only leaves the page as it was.
 *
 * The measure, per sentence S and claim C (both tokenised and folded, see text-tokens.ts):
 *
 *   containment = |bigrams(C) ∩ bigrams(S)| / |bigrams(C)|    (word pairs in order)
 *
 * S states C when all of these hold:
 *   1. containment ≥ THRESHOLD (0.8): at least 80 % of the claim's word pairs appear in the sentence;
 *   2. C has at least MIN_CLAIM_WORDS (5) words, and S is at most twice as long as C (the sentence
 *      is the claim, perhaps with "he said", not a paragraph that happens to contain its words);
 *   3. the same numbers: every number in C is in S and every number in S is in C ("30 persen" is
 *      not "40 persen", "2023" is not "2024");
 *   4. the same negation: as many negating words (not, never, tidak, bukan, belum, …) in S as in C;
 *   5. the same names: every capitalised word of C (not its first word) is in S, so "Prabowo
 *      raised fuel prices" does not match a review of "Jokowi raised fuel prices".
 *
 * Languages written with spaces between words work alike (Indonesian, English, Spanish, …);
 * scripts without spaces (Chinese, Japanese, Thai) read as one word per run, so they match only
 * when the sentence and the claim are the same text. No network, no model.
 */

export const THRESHOLD = 0.8;
export const MIN_CLAIM_WORDS = 5;
export const MAX_LENGTH_RATIO = 2;

/** Words that negate, in the languages Konteks knows best and a few neighbours. */
const NEGATIONS = new Set(
  [
    // English
    'not no never nor neither none nobody nothing cannot cant dont doesnt didnt isnt arent wasnt werent wont without',
    // Indonesian and Malay
    'tidak tak bukan belum tanpa jangan tiada nggak enggak gak ga tidaklah bukanlah belumlah',
    // Spanish, Portuguese, French, German, Dutch
    'nunca jamás jamas nada nadie ninguno ninguna não nao nem ne pas jamais aucun aucune nicht kein keine keinen nie niemals niet geen nooit',
  ]
    .join(' ')
    .split(' '),
);

export interface ClaimText {
  id: string;
  text: string;
}

interface PreparedClaim {
  id: string;
  words: number;
  bigrams: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
  negations: number;
}

export interface ClaimMatch {
  id: string;
  /** The sentence, as a range of the searched text. */
  start: number;
  end: number;
  score: number;
}

const isNumber = (word: string) => /^\p{N}+$/u.test(word);

function bigramsOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++)
    out.add(`${(tokens[i - 1] as Token).word} ${(tokens[i] as Token).word}`);
  return out;
}

function prepare(id: string, text: string): PreparedClaim | undefined {
  const tokens = tokenize(text);
  if (tokens.length < MIN_CLAIM_WORDS) return undefined;
  return {
    id,
    words: tokens.length,
    bigrams: bigramsOf(tokens),
    numbers: new Set(tokens.filter((t) => isNumber(t.word)).map((t) => t.word)),
    names: new Set(
      tokens
        .slice(1)
        .filter((t) => t.capital && !isNumber(t.word))
        .map((t) => t.word),
    ),
    negations: tokens.filter((t) => NEGATIONS.has(t.word)).length,
  };
}

/** How well a sentence states a claim: the containment, or 0 when a guard (2–5 above) fails. */
function score(claim: PreparedClaim, sentence: readonly Token[], shared: number): number {
  const containment = shared / claim.bigrams.size;
  if (containment < THRESHOLD) return 0;
  if (sentence.length > claim.words * MAX_LENGTH_RATIO) return 0;
  const words = new Set(sentence.map((t) => t.word));
  const numbers = new Set(sentence.filter((t) => isNumber(t.word)).map((t) => t.word));
  if (numbers.size !== claim.numbers.size || [...claim.numbers].some((n) => !numbers.has(n))) return 0;
  if (sentence.filter((t) => NEGATIONS.has(t.word)).length !== claim.negations) return 0;
  if ([...claim.names].some((name) => !words.has(name))) return 0;
  return containment;
}

/** An index of claims, built once per knowledge-base revision; `find` runs per block of page text. */
export function createClaimIndex(claims: readonly ClaimText[]) {
  const prepared: PreparedClaim[] = [];
  const byBigram = new Map<string, number[]>();
  for (const claim of claims) {
    const p = prepare(claim.id, claim.text);
    if (!p) continue;
    const at = prepared.push(p) - 1;
    for (const bigram of p.bigrams) {
      const list = byBigram.get(bigram);
      if (list) list.push(at);
      else byBigram.set(bigram, [at]);
    }
  }

  /** The best claim each sentence of `text` states, if any. */
  function find(text: string): ClaimMatch[] {
    const found: ClaimMatch[] = [];
    if (prepared.length === 0) return found;
    for (const span of splitSentences(text)) {
      const tokens = tokenize(text, span.start, span.end);
      if (tokens.length < MIN_CLAIM_WORDS) continue;
      const hits = new Map<number, number>();
      for (const bigram of bigramsOf(tokens)) {
        for (const at of byBigram.get(bigram) ?? []) hits.set(at, (hits.get(at) ?? 0) + 1);
      }
      let best: ClaimMatch | undefined;
      for (const [at, shared] of hits) {
        const claim = prepared[at] as PreparedClaim;
        const s = score(claim, tokens, shared);
        if (s > 0 && (!best || s > best.score))
          best = { id: claim.id, start: span.start, end: span.end, score: s };
      }
      if (best) found.push(best);
    }
    return found;
  }

  return { find, size: prepared.length };
}

/** The measure for one sentence and one claim, for tests and tuning: 0 when they do not match. */
export function claimSimilarity(sentence: string, claim: string): number {
  const p = prepare('claim', claim);
  if (!p) return 0;
  const tokens = tokenize(sentence);
  const shared = [...bigramsOf(tokens)].filter((b) => p.bigrams.has(b)).length;
  return score(p, tokens, shared);
}
