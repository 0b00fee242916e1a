import { foldWord, wordDistance } from './fuzzy-words.ts';
import type { TokenDict } from './token-dict.ts';
import type { TokenList } from './token-list.ts';

/** Shortest name (folded words joined by single spaces) that may match with misspellings. */
export const FUZZY_MIN_LENGTH = 12;
/** A word shared by more fuzzy names than this is too common to anchor a search on. */
const MAX_ANCHOR_FANOUT = 64;

/** What the matcher must tell the index about the page and the pack while it searches. */
export interface FuzzyContext {
  words: TokenList;
  text: string;
  /** First word not yet inside a reported mention: a fuzzy match may not start before it. */
  free: number;
  /** The page's primary language ('' = unknown). */
  lang: string;
  /** Whether entry group `group` applies on this page (language scope). */
  applies(group: number): boolean;
  /** Whether scanned word `k` is, on its own, a whole alias ("Iraq", "Sudan"). */
  standalone(k: number): boolean;
}

/** A fuzzy match: words `first..last` of the scanned list read as the name of `group`. */
export interface FuzzyHit {
  first: number;
  last: number;
  /** End offset in the text: the last word's end, or its stem's when it carries a clitic. */
  end: number;
  group: number;
  distance: number;
}

/**
 * Case-insensitive multi-word names of FUZZY_MIN_LENGTH or more characters, found with small
 * misspellings (issue 4). A page's run of words is read as such a name when:
 * - it has the name's number of words, with punctuation between the same words as the name;
 * - at least half of its words (rounded up) are exactly the name's words, so "Tahrir Square"
 *   never becomes Hay'at Tahrir al-Sham;
 * - every other word passes `wordDistance` and is not itself a whole alias of the pack (a word
 *   the pack knows as a name is that name, not a misspelling of another);
 * - the edits add up to at most 1, or 2 for names of 16 letters or more.
 * To stay off the scan's hot path, each name is indexed under a few of its rarest words
 * ("anchors"), enough that one of them must be exact; the matcher asks only at anchor words.
 */
export class FuzzyIndex {
  /** Per fuzzy name: its entry group, first word in `nameWords`, word count and edit budget. */
  private group: number[] = [];
  private first: number[] = [];
  private count: number[] = [];
  private budget: number[] = [];
  /** Word ids and preceding-punctuation flags of every fuzzy name, back to back. */
  private nameWords: number[] = [];
  private nameGaps: number[] = [];
  /** CSR lists, by word id, of (name, position) pairs for which the word is an anchor. */
  private anchorStart = new Int32Array(1);
  private anchorName = new Int32Array(0);
  private anchorPos = new Int32Array(0);

  private readonly dict: TokenDict;

  constructor(dict: TokenDict) {
    this.dict = dict;
  }

  get size(): number {
    return this.group.length;
  }

  /**
   * Offers a case-insensitive alias (its scanned words) ending at entry group `group`; keeps it
   * when it is long enough. Call once per group, before `freeze`.
   */
  add(group: number, words: TokenList): void {
    const dict = this.dict;
    if (words.count < 2) return;
    let letters = 0;
    for (let i = 0; i < words.count; i++) letters += dict.word(words.ci[i] as number)?.length ?? 0;
    if (letters + words.count - 1 < FUZZY_MIN_LENGTH) return;
    this.group.push(group);
    this.first.push(this.nameWords.length);
    this.count.push(words.count);
    this.budget.push(letters >= 16 ? 2 : 1);
    for (let i = 0; i < words.count; i++) {
      this.nameWords.push(words.ci[i] as number);
      this.nameGaps.push(i === 0 ? 0 : (words.gap[i] as number));
    }
  }

  /** Chooses every name's anchors and builds the lookup lists (flat arrays: this runs per pack). */
  freeze(): void {
    const wordCount = this.dict.size;
    const words = this.nameWords;
    const uses = new Int32Array(wordCount);
    for (const id of words) uses[id] = (uses[id] as number) + 1;
    // (word, name, position) triples, flat.
    const pairWord: number[] = [];
    const pairName: number[] = [];
    const pairPos: number[] = [];
    for (let f = 0; f < this.group.length; f++) {
      const n = this.count[f] as number;
      const base = this.first[f] as number;
      // With ceil(n/2) exact words required, any n - ceil(n/2) + 1 words hold an exact one.
      let needed = n - Math.ceil(n / 2) + 1;
      let taken = 0; // bit k set: word k already chosen (names are short, n < 32 in practice)
      while (needed-- > 0) {
        let pick = -1;
        for (let k = 0; k < n && k < 31; k++) {
          const u = uses[words[base + k] as number] as number;
          if ((taken >> k) & 1 || u > MAX_ANCHOR_FANOUT) continue;
          if (pick < 0 || u < (uses[words[base + pick] as number] as number)) pick = k;
        }
        if (pick < 0) break;
        taken |= 1 << pick;
        pairWord.push(words[base + pick] as number);
        pairName.push(f);
        pairPos.push(pick);
      }
    }
    const start = new Int32Array(wordCount + 1);
    for (const w of pairWord) start[w + 1] = (start[w + 1] as number) + 1;
    for (let w = 0; w < wordCount; w++) start[w + 1] = (start[w + 1] as number) + (start[w] as number);
    this.anchorName = new Int32Array(pairWord.length);
    this.anchorPos = new Int32Array(pairWord.length);
    const fill = start.slice(0, wordCount);
    for (let p = 0; p < pairWord.length; p++) {
      const w = pairWord[p] as number;
      const at = fill[w] as number;
      fill[w] = at + 1;
      this.anchorName[at] = pairName[p] as number;
      this.anchorPos[at] = pairPos[p] as number;
    }
    this.anchorStart = start;
  }

  /** Whether the dictionary word `id` anchors any fuzzy name (cheap: two array reads). */
  isAnchor(id: number): boolean {
    return id >= 0 && id + 1 < this.anchorStart.length && this.anchorStart[id + 1] !== this.anchorStart[id];
  }

  /**
   * The best fuzzy match through anchor word `i`: the earliest start, then the most words, then
   * the fewest edits. Null when none. `exactLast` is the last word of the exact match starting at
   * `i` (-1 when none): a fuzzy match starting there must reach further to matter.
   */
  find(i: number, exactLast: number, cx: FuzzyContext): FuzzyHit | null {
    const id = cx.words.ci[i] as number;
    let best: FuzzyHit | null = null;
    for (let a = this.anchorStart[id] as number; a < (this.anchorStart[id + 1] as number); a++) {
      const f = this.anchorName[a] as number;
      const s = i - (this.anchorPos[a] as number);
      const n = this.count[f] as number;
      if (s < cx.free || s + n > cx.words.count) continue;
      if (s === i && s + n - 1 <= exactLast) continue; // the exact match at `i` would win anyway
      if (best && (s > best.first || (s === best.first && s + n - 1 < best.last))) continue;
      if (!cx.applies(this.group[f] as number)) continue;
      const distance = this.distance(f, s, cx);
      if (distance <= 0) continue; // 0: exact, which the trie already reports
      if (best && s === best.first && s + n - 1 === best.last && distance >= best.distance) continue;
      const last: number = s + n - 1;
      const lastName = this.nameWords[(this.first[f] as number) + n - 1] as number;
      const byStem = cx.words.ci[last] !== lastName && cx.words.stemCi[last] === lastName;
      const end = (byStem ? cx.words.stemEnd[last] : cx.words.end[last]) as number;
      best = { first: s, last, end, group: this.group[f] as number, distance };
    }
    return best;
  }

  /** Total edits to read words `s..` as fuzzy name `f`, or -1 when they are not that name. */
  private distance(f: number, s: number, cx: FuzzyContext): number {
    const { words } = cx;
    const n = this.count[f] as number;
    const base = this.first[f] as number;
    let exact = 0;
    for (let k = 0; k < n; k++) {
      if (k > 0 && words.gap[s + k] !== this.nameGaps[base + k]) return -1;
      if (this.sameWord(words, s + k, this.nameWords[base + k] as number)) exact++;
    }
    if (exact * 2 < n) return -1;
    let total = 0;
    for (let k = 0; k < n && exact < n; k++) {
      const nameId = this.nameWords[base + k] as number;
      if (this.sameWord(words, s + k, nameId)) continue;
      if (cx.standalone(s + k)) return -1;
      const d = wordDistance(
        this.dict.word(nameId) ?? '',
        foldWord(cx.text, words.start[s + k] as number, words.end[s + k] as number),
      );
      if (d < 0) return -1;
      total += d;
      if (total > (this.budget[f] as number)) return -1;
    }
    return total;
  }

  /** Whether scanned word `k`, or its stem before a clitic ("Sham's"), is the dictionary word `id`. */
  private sameWord(words: TokenList, k: number, id: number): boolean {
    return words.ci[k] === id || words.stemCi[k] === id;
  }
}
