import { cliticCut, trimEnd } from './clitics.ts';
import { FoldBuffer } from './fold-buffer.ts';
import { bmpClass, charFold, FOLD_CI, FOLD_CS, WORD, WORD_WIDE } from './normalize.ts';
import type { TokenDict } from './token-dict.ts';
import type { ScanMode } from './token-list.ts';

/**
 * Turns one word of a text into dictionary ids through fold buffers: its case-insensitive and
 * case-sensitive folds, and the same for its stem when it ends in a clitic. This is the general
 * path; the Scanner reads plain words (the vast majority) straight through the fold tables.
 * Results are left in public fields so resolving allocates nothing per word.
 */
export class WordResolver {
  ci = -1;
  cs = -1;
  /** End of the stem in the original text, -1 when the word has no clitic. */
  stemEnd = -1;
  stemCi = -1;
  stemCs = -1;
  private readonly dict: TokenDict;
  private readonly ciFold = new FoldBuffer();
  private readonly csFold = new FoldBuffer();
  private mode: ScanMode = { ci: true, cs: true, possessive: false, nya: false };

  constructor(dict: TokenDict) {
    this.dict = dict;
  }

  /** Sets what to resolve for the words that follow; call once per scan. */
  prepare(mode: ScanMode): void {
    this.mode = mode;
    const frozen = this.dict.frozen;
    this.ciFold.growable = this.csFold.growable = !frozen;
    // When only looking up, buffers need hold no more than the longest known word plus a clitic.
    if (frozen) {
      this.ciFold.reserve(this.dict.maxLength + 3);
      this.csFold.reserve(this.dict.maxLength + 3);
    }
  }

  /**
   * Resolves the word `text[start..end)` by folding it into buffers (the general path: any
   * characters, dropped apostrophes, interning while building). Returns false when the word
   * folds to nothing (combining marks alone).
   */
  resolve(text: string, start: number, end: number): boolean {
    const cut = cliticCut(text, start, end, this.mode);
    this.stemEnd = cut > 0 ? trimEnd(text, start, end - cut) : -1;
    // The folded clitic is "s" (its apostrophe was dropped) or "nya": 1 or 3 units.
    return this.resolveFolded(text, start, end, cut === 2 ? 1 : cut);
  }

  /** Folds the word into buffers (skipping dropped apostrophes and soft hyphens) and resolves it. */
  private resolveFolded(text: string, start: number, end: number, foldedCut: number): boolean {
    const { dict, mode, ciFold, csFold } = this;
    const differs = this.fold(text, start, end);
    if (ciFold.length === 0) return false;
    this.ci = mode.ci ? dict.resolveHashed(ciFold.units, ciFold.length, ciFold.hash) : -1;
    this.cs = -1;
    if (mode.cs)
      this.cs = mode.ci && !differs ? this.ci : dict.resolveHashed(csFold.units, csFold.length, csFold.hash);
    this.stemCi = this.stemCs = -1;
    if (this.stemEnd < 0) return true;
    if (mode.ci) this.stemCi = dict.resolve(ciFold.units, ciFold.length - foldedCut);
    if (mode.cs) {
      this.stemCs = mode.ci && !differs ? this.stemCi : dict.resolve(csFold.units, csFold.length - foldedCut);
    }
    return true;
  }

  /** Fills both fold buffers from the word; returns whether the two folds differ. */
  private fold(text: string, start: number, end: number): boolean {
    const { ciFold, csFold } = this;
    ciFold.clear();
    csFold.clear();
    let differs = false;
    for (let k = start; k < end; ) {
      const cp = text.codePointAt(k) as number; // words hold no lone surrogates
      k += cp > 0xffff ? 2 : 1;
      const cls = cp > 0xffff ? WORD_WIDE : bmpClass(cp);
      if (cls === WORD) {
        ciFold.push(FOLD_CI[cp] as number);
        csFold.push(FOLD_CS[cp] as number);
        if (FOLD_CI[cp] !== FOLD_CS[cp]) differs = true;
      } else if (cls === WORD_WIDE) {
        const { ci, cs } = charFold(cp);
        for (let i = 0; i < ci.length; i++) ciFold.push(ci.charCodeAt(i));
        for (let i = 0; i < cs.length; i++) csFold.push(cs.charCodeAt(i));
        if (ci !== cs) differs = true;
      } // anything else inside a word is a dropped apostrophe or soft hyphen
    }
    return differs;
  }
}
