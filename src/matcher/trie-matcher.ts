import { type AliasEntries, primaryLanguage } from './alias-entries.ts';
import { isShouted } from './caps-run.ts';
import type { FuzzyContext, FuzzyIndex } from './fuzzy-index.ts';
import { isCapitalised, isSentenceInitial } from './sentence-start.ts';
import type { TokenDict } from './token-dict.ts';
import { type ScanMode, TokenList } from './token-list.ts';
import type { TokenTrie } from './token-trie.ts';
import { Scanner } from './tokenize.ts';
import type { FindOptions, Matcher, Mention } from './types.ts';

/** Everything `buildMatcher` produced; the dictionary must be frozen. */
export interface MatcherParts {
  dict: TokenDict;
  trie: TokenTrie;
  entries: AliasEntries;
  ciRoot: number;
  csRoot: number;
  /** Long multi-word names that may match with small misspellings (frozen). */
  fuzzy: FuzzyIndex;
  /** Whether any alias is case-sensitive (else the case-sensitive trie is empty and skipped). */
  hasCaseSensitive: boolean;
  /** Most words in one alias: how far a match can reach past its first word. */
  maxWords: number;
}

/** Languages whose pages get "-nya" stripped ("Assadnya" → "Assad"); '' = language unknown. */
const NYA_LANGUAGES = new Set(['', 'id', 'ms']);

/**
 * Finds leftmost-longest, non-overlapping mentions by walking the word trie from each word of the
 * text. Words are scanned in chunks so a huge text never needs huge word arrays.
 */
export class TrieMatcher implements Matcher {
  readonly size: number;
  private readonly parts: MatcherParts;
  private readonly scanner: Scanner;
  private readonly words = new TokenList();
  private readonly chunkWords: number;
  // The best hit of the last `walk`, kept in fields so walking allocates nothing.
  private hitEnd = -1;
  private hitWord = -1;
  private hitGroup = -1;
  // The best exact match at the current word (see longestExact).
  private bestEnd = -1;
  private bestWord = -1;
  private bestGroup = -1;
  /** A case-sensitive entry group matching the same span as bestGroup, or -1. */
  private bestOther = -1;
  /** Whether only a case-sensitive alias gave the best match. */
  private caseOnly = false;
  /** The text being scanned, for the caps-run and fuzzy checks. */
  private text = '';
  private readonly fuzzyContext: FuzzyContext;
  /** Dictionary id of the article "the" (-1 when no alias has it). */
  private readonly theId: number;

  constructor(parts: MatcherParts) {
    this.parts = parts;
    this.size = parts.entries.size;
    this.scanner = new Scanner(parts.dict);
    this.chunkWords = Math.max(16384, parts.maxWords * 4);
    this.theId = parts.dict.resolve(Uint16Array.of(0x74, 0x68, 0x65), 3); // "the", -1 when unknown
    const { trie, ciRoot, csRoot } = parts;
    const words = this.words;
    const named = (root: number, id: number) => id >= 0 && trie.value(trie.child(root, id * 2)) >= 0;
    this.fuzzyContext = {
      words,
      text: '',
      free: 0,
      lang: '',
      applies: (group) => parts.entries.applies(group, this.fuzzyContext.lang),
      standalone: (k) => named(ciRoot, words.ci[k] as number) || named(csRoot, words.cs[k] as number),
    };
  }

  find(text: string, options?: FindOptions): Mention[] {
    const found: Mention[] = [];
    if (typeof text !== 'string' || text.length === 0 || this.size === 0) return found;
    const lang = primaryLanguage(options?.lang);
    const mode: ScanMode = {
      ci: true,
      cs: this.parts.hasCaseSensitive,
      possessive: true,
      nya: NYA_LANGUAGES.has(lang),
    };
    const words = this.words;
    const cx = this.fuzzyContext;
    this.text = cx.text = text;
    cx.lang = lang;
    try {
      for (let from = 0; ; ) {
        const stop = this.scanner.scan(text, from, words, mode, this.chunkWords);
        const last = stop >= text.length;
        // Before the last chunk, leave the final words for the next chunk: a match may run past them.
        const limit = last ? words.count : Math.max(1, words.count - this.parts.maxWords);
        cx.free = 0;
        let i = 0;
        while (i < limit) i = this.matchAt(i, lang, found);
        if (last) return found;
        // Restart early enough that a misspelled name whose anchor word was left over is whole.
        const restart = Math.min(i, Math.max(cx.free, i - this.parts.maxWords + 1));
        from = restart < words.count ? (words.start[restart] as number) : stop;
      }
    } finally {
      this.text = cx.text = ''; // hold no page text between calls
    }
  }

  /**
   * Appends the mention starting at (or, for a fuzzy name, running through) word `i`, if any;
   * returns the next word to try. Kept small, the rare cases in their own methods, so the engine
   * can inline the common path into the scan loop.
   */
  private matchAt(i: number, lang: string, found: Mention[]): number {
    const words = this.words;
    // Most words of a page are in no alias at all: skip them without walking.
    if ((words.ci[i] as number) < 0 && (words.cs[i] as number) < 0 && (words.stemEnd[i] as number) < 0)
      return i + 1;
    this.longestExact(i, lang);
    if (this.parts.fuzzy.isAnchor(words.ci[i] as number)) {
      const next = this.matchFuzzy(i, lang, found);
      if (next >= 0) return next;
    }
    return this.bestEnd < 0 ? i + 1 : this.emitExact(i, lang, found);
  }

  /** Leaves in `best*` the longest exact match starting at word `i` (bestEnd -1 when none). */
  private longestExact(i: number, lang: string): void {
    const { ciRoot, csRoot, hasCaseSensitive } = this.parts;
    const words = this.words;
    this.walk(ciRoot, words.ci, words.stemCi, i, lang);
    this.bestEnd = this.hitEnd;
    this.bestWord = this.hitWord;
    this.bestGroup = this.hitGroup;
    this.bestOther = -1;
    this.caseOnly = false;
    if (!hasCaseSensitive) return;
    this.walk(csRoot, words.cs, words.stemCs, i, lang);
    const end = this.hitEnd;
    // An acronym in a line of capitals may be a shouted common word ("PERGI KE SANA").
    if (end < 0 || end < this.bestEnd || isShouted(this.text, words.start[i] as number, end)) return;
    if (end === this.bestEnd) {
      this.bestOther = this.hitGroup;
      return;
    }
    this.bestEnd = end;
    this.bestWord = this.hitWord;
    this.bestGroup = this.hitGroup;
    this.caseOnly = true;
  }

  /** Appends a fuzzy match through anchor word `i` when it beats `best*`; returns the next word or -1. */
  private matchFuzzy(i: number, lang: string, found: Mention[]): number {
    const cx = this.fuzzyContext;
    const exactLast = this.bestEnd < 0 ? -1 : this.bestWord;
    const fuzzy = this.parts.fuzzy.find(i, exactLast, cx);
    // Leftmost first, then the most words; an exact match of as many words wins.
    if (!fuzzy || (fuzzy.first >= i && fuzzy.last <= exactLast)) return -1;
    const start = this.words.start[fuzzy.first] as number;
    const mention = this.parts.entries.mention(start, fuzzy.end, fuzzy.group, -1, lang);
    mention.probable = true;
    mention.distance = fuzzy.distance;
    found.push(mention);
    cx.free = fuzzy.last + 1;
    return fuzzy.last + 1;
  }

  /** Appends the exact match `best*` starting at word `i`; returns the next word to try. */
  private emitExact(i: number, lang: string, found: Mention[]): number {
    const words = this.words;
    const word = this.bestWord;
    const end = this.bestEnd;
    if (word > i && words.ci[i] === this.theId && this.reachesFurther(i + 1, end, lang)) return i + 1;
    const start = words.start[i] as number;
    const mention = this.parts.entries.mention(start, end, this.bestGroup, this.bestOther, lang);
    // "Hama wereng menyerang…": the capital may be the sentence's, not the name's.
    if (
      this.caseOnly &&
      word === i &&
      isCapitalised(this.text, start, end) &&
      isSentenceInitial(this.text, start)
    )
      mention.sentenceStart = true;
    found.push(mention);
    this.fuzzyContext.free = word + 1;
    return word + 1;
  }

  /**
   * Whether a match starting at word `first` ends after `end`. An alias led by an English article
   * ("the Golan") yields to a longer name starting right after the article ("Golan Heights" in
   * "the Golan Heights"; "United Nations Security Council" after "the United Nations"), which
   * plain leftmost-longest would cut short.
   */
  private reachesFurther(first: number, end: number, lang: string): boolean {
    const { ciRoot, csRoot, hasCaseSensitive } = this.parts;
    this.walk(ciRoot, this.words.ci, this.words.stemCi, first, lang);
    if (this.hitEnd > end) return true;
    if (!hasCaseSensitive) return false;
    this.walk(csRoot, this.words.cs, this.words.stemCs, first, lang);
    return this.hitEnd > end;
  }

  /** Walks one trie from word `first`; leaves the longest applicable hit (its entry group) in `hit*`. */
  private walk(root: number, ids: Int32Array, stemIds: Int32Array, first: number, lang: string): void {
    const { trie, entries } = this.parts;
    const words = this.words;
    this.hitEnd = -1;
    let node = root;
    for (let j = first; j < words.count; j++) {
      // Edge keys carry whether punctuation precedes the word, so "Suriah. Rusia" is not "Suriah Rusia".
      const gap = j === first ? 0 : (words.gap[j] as number);
      const stemId = stemIds[j] as number;
      if (stemId >= 0) {
        const stem = trie.child(node, stemId * 2 + gap);
        if (stem >= 0 && entries.applies(trie.value(stem), lang)) {
          this.hit(words.stemEnd[j] as number, j, trie.value(stem));
        }
      }
      const id = ids[j] as number;
      if (id < 0) return;
      node = trie.child(node, id * 2 + gap);
      if (node < 0) return;
      const group = trie.value(node);
      if (entries.applies(group, lang)) this.hit(words.end[j] as number, j, group);
    }
  }

  private hit(end: number, word: number, group: number): void {
    this.hitEnd = end;
    this.hitWord = word;
    this.hitGroup = group;
  }
}
