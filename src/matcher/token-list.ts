/** What a scan should resolve for each word it puts in a TokenList. */
export interface ScanMode {
  /** Resolve the case-insensitive fold (`TokenList.ci`). */
  ci: boolean;
  /** Resolve the case-sensitive fold (`TokenList.cs`). */
  cs: boolean;
  /** Also resolve the word without a possessive "'s" / "’s" clitic. */
  possessive: boolean;
  /** Also resolve the word without an Indonesian "-nya" clitic written solid ("Assadnya"). */
  nya: boolean;
}

/**
 * The words of one scanned text as parallel typed arrays (struct of arrays), reused from scan to
 * scan so a scan allocates nothing per word. Word `i` spans `start[i]..end[i]` of the original
 * text (UTF-16 units, end exclusive).
 */
export class TokenList {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** 1 when punctuation (not only spaces and dashes) separates the word from the previous one. */
  gap = new Uint8Array(256);
  /** Dictionary id of the case-insensitive fold, -1 when unknown or not wanted. */
  ci = new Int32Array(256);
  /** Dictionary id of the case-sensitive fold, -1 when unknown or not wanted. */
  cs = new Int32Array(256);
  /** End of the word without its clitic ("Assad's" → after "Assad"), -1 when it has none. */
  stemEnd = new Int32Array(256);
  stemCi = new Int32Array(256);
  stemCs = new Int32Array(256);

  /** Appends a word; `stemEnd` -1 means no clitic (then `stemCi`/`stemCs` are ignored). */
  push(
    start: number,
    end: number,
    gap: number,
    ci: number,
    cs: number,
    stem: number,
    stemCi: number,
    stemCs: number,
  ) {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.gap[i] = gap;
    this.ci[i] = ci;
    this.cs[i] = cs;
    this.stemEnd[i] = stem;
    this.stemCi[i] = stem < 0 ? -1 : stemCi;
    this.stemCs[i] = stem < 0 ? -1 : stemCs;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const int32 = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.start = int32(this.start);
    this.end = int32(this.end);
    const gap = new Uint8Array(size);
    gap.set(this.gap);
    this.gap = gap;
    this.ci = int32(this.ci);
    this.cs = int32(this.cs);
    this.stemEnd = int32(this.stemEnd);
    this.stemCi = int32(this.stemCi);
    this.stemCs = int32(this.stemCs);
  }
}
