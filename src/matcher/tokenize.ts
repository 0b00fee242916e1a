import { endsInNya } from './clitics.ts';
import { HASH_SEED, hashStep } from './fold-buffer.ts';
import { hyphenationEnd, isHyphen } from './hyphenation.ts';
import {
  APOSTROPHE,
  BREAK,
  CLASS_TABLE,
  classAt,
  FOLD_CI,
  FOLD_CS,
  INVISIBLE,
  isWord,
  WORD,
  WORD_WIDE,
} from './normalize.ts';
import type { TokenDict } from './token-dict.ts';
import type { ScanMode, TokenList } from './token-list.ts';
import { WordResolver } from './word-resolver.ts';

/**
 * Splits text into words with one hand-written charCodeAt loop, keeping every word's original
 * offsets, and resolves each word to dictionary ids. A word is a run of letters, digits and
 * marks; an apostrophe, soft hyphen or zero-width joiner between two word characters is dropped
 * and the word goes on, and so does a hyphen that splits a word across a line break
 * (`hyphenationEnd`). Never throws.
 */
export class Scanner {
  private readonly dict: TokenDict;
  private readonly resolver: WordResolver;
  private mode: ScanMode = { ci: true, cs: true, possessive: false, nya: false };
  /** Whether plain words may take the table fast path (only lookups: the dictionary is frozen). */
  private fast = false;
  // Hashes of a plain word's stem before a "nya", noted mid-loop (rare, so fields, not locals).
  private stemCiHash = 0;
  private stemCsHash = 0;

  constructor(dict: TokenDict) {
    this.dict = dict;
    this.resolver = new WordResolver(dict);
  }

  /**
   * Replaces `out`'s contents with the words of `text` from offset `from` (which must not be inside
   * a word), stopping after `maxWords` words. Returns the offset where scanning stopped:
   * `text.length` when it reached the end.
   */
  scan(text: string, from: number, out: TokenList, mode: ScanMode, maxWords: number): number {
    out.count = 0;
    this.mode = mode;
    this.fast = this.dict.frozen;
    this.resolver.prepare(mode);
    const n = text.length;
    let wordStart = -1;
    let plain = true; // only WORD characters so far: the word can be read through the fold tables
    let sawBreak = 0;
    for (let p = from; p < n; p++) {
      let cls = CLASS_TABLE[text.charCodeAt(p)] as number;
      if (cls === WORD && wordStart >= 0) continue; // the hot path: nothing more per letter
      if (cls === 0) cls = classAt(text, p); // first sight of this character, or a surrogate
      if (cls === WORD || cls === WORD_WIDE) {
        if (wordStart < 0) plain = true;
        if (wordStart < 0) wordStart = p;
        if (cls === WORD_WIDE) plain = false;
        if (cls === WORD_WIDE && (text.codePointAt(p) as number) > 0xffff) p++;
      } else if (
        wordStart >= 0 &&
        (cls === APOSTROPHE || cls === INVISIBLE) &&
        isWord(classAt(text, p + 1))
      ) {
        plain = false; // dropped inside the word: "Hay'at" reads as "Hayat", "Da­maskus" as "Damaskus"
      } else if (wordStart >= 0 && isHyphen(text.charCodeAt(p)) && hyphenationEnd(text, p) > 0) {
        plain = false; // "Da-\nmaskus": the word goes on after the line break
        p = hyphenationEnd(text, p) - 1;
      } else {
        if (wordStart >= 0 && this.endWord(text, wordStart, p, plain, sawBreak, out)) {
          if (out.count >= maxWords) return p;
          sawBreak = 0;
        }
        wordStart = -1;
        if (cls === BREAK || cls === APOSTROPHE) sawBreak = 1;
      }
    }
    if (wordStart >= 0) this.endWord(text, wordStart, n, plain, sawBreak, out);
    return n;
  }

  /** Resolves and appends one word; false when it folded to nothing and was dropped. */
  private endWord(
    text: string,
    start: number,
    end: number,
    plain: boolean,
    gap: number,
    out: TokenList,
  ): boolean {
    if (plain && this.fast) return this.emitPlain(text, start, end, gap, out);
    const r = this.resolver;
    if (!r.resolve(text, start, end)) return false;
    out.push(start, end, gap, r.ci, r.cs, r.stemEnd, r.stemCi, r.stemCs);
    return true;
  }

  /**
   * The fast path for a word of WORD characters only: one folded unit per text unit, hashed
   * straight from the fold tables, no buffer. Kept in one method because calls per word are what
   * a scan pays for. Its only possible clitic is "nya" (a possessive has an apostrophe inside).
   */
  private emitPlain(text: string, start: number, end: number, gap: number, out: TokenList): true {
    const { dict, mode } = this;
    if (end - start > dict.maxLength + 3) {
      out.push(start, end, gap, -1, -1, -1, -1, -1); // longer than any known word, even with a clitic
      return true;
    }
    const stemAt = mode.nya && endsInNya(text, start, end) ? end - 3 : -1;
    let ci = HASH_SEED;
    let differs = false;
    for (let k = start; k < end; k++) {
      if (k === stemAt) this.stemCiHash = ci;
      const unit = text.charCodeAt(k);
      const a = FOLD_CI[unit] as number;
      ci = hashStep(ci, a);
      if (a !== FOLD_CS[unit]) differs = true;
    }
    // Only words with capitals need their own case-sensitive hash.
    const cs = differs && mode.cs ? this.hashCs(text, start, end, stemAt) : ci;
    const ciId = mode.ci ? dict.lookupMapped(text, start, end, FOLD_CI, ci) : -1;
    const csId = this.lookupCs(text, start, end, cs, differs, ciId);
    if (stemAt < 0) out.push(start, end, gap, ciId, csId, -1, -1, -1);
    else {
      const stemCi = mode.ci ? dict.lookupMapped(text, start, stemAt, FOLD_CI, this.stemCiHash) : -1;
      const stemCs = this.lookupCs(text, start, stemAt, this.stemCsHash, differs, stemCi);
      out.push(start, end, gap, ciId, csId, stemAt, stemCi, stemCs);
    }
    return true;
  }

  /** Case-sensitive hash of a plain word (and of its stem before `stemAt`, into `stemCsHash`). */
  private hashCs(text: string, start: number, end: number, stemAt: number): number {
    let cs = HASH_SEED;
    for (let k = start; k < end; k++) {
      if (k === stemAt) this.stemCsHash = cs;
      cs = hashStep(cs, FOLD_CS[text.charCodeAt(k)] as number);
    }
    return cs;
  }

  /** The case-sensitive id of a plain word: its case-insensitive id when the folds agree. */
  private lookupCs(
    text: string,
    start: number,
    end: number,
    hash: number,
    differs: boolean,
    ciId: number,
  ): number {
    const mode = this.mode;
    if (!mode.cs) return -1;
    return mode.ci && !differs ? ciId : this.dict.lookupMapped(text, start, end, FOLD_CS, hash);
  }
}
