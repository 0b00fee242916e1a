/** One way of writing an entity's name, as the matcher needs it. */
export interface MatcherAlias {
  /** The alias as the pack wrote it, e.g. "Bashar al-Assad", "SANA", "AS". */
  text: string;
  entityId: string;
  /** When set, the alias is only spotted on pages in this language. */
  lang?: string | undefined;
  /** When true, letter case must match exactly ("SANA" the agency, never "di sana"). */
  caseSensitive: boolean;
  /** "misspelling" marks the match as probable rather than certain. */
  kind?: string | undefined;
}

/** A name found in a text: UTF-16 offsets into the original text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** Entities this surface form may mean, in priority order (the first is the best guess). */
  entityIds: string[];
  /** The alias text that matched. */
  alias: string;
  /**
   * True when the match is not certain: it relied on an alias marked as a misspelling, or it is a
   * fuzzy match of a long name (then `distance` is set).
   */
  probable: boolean;
  /**
   * Present only on fuzzy matches: how many letter edits (insertions, deletions, substitutions,
   * swaps of neighbours) separate the page's words from the alias (1 or 2). The span covers the
   * page's words; `alias` is the pack's spelling.
   */
  distance?: number;
  /**
   * Present (true) only when a one-word case-sensitive alias matched a Capitalised word that
   * starts a sentence ("Hama wereng menyerang…"): the capital may be the sentence's, not the
   * name's, so the match should be shown only with support from the page (other entities of
   * the same world). The matcher still reports it: it cannot see the rest of the page.
   */
  sentenceStart?: true;
}

export interface FindOptions {
  /** The page's language (e.g. "id"); language-scoped aliases apply only when it matches. */
  lang?: string | undefined;
}

export interface Matcher {
  /** Leftmost-longest, non-overlapping mentions, sorted by start. */
  find(text: string, options?: FindOptions): Mention[];
  /** Number of distinct aliases the matcher was built from. */
  readonly size: number;
}
