import { AliasEntries, primaryLanguage } from './alias-entries.ts';
import { FuzzyIndex } from './fuzzy-index.ts';
import { TokenDict } from './token-dict.ts';
import { type ScanMode, TokenList } from './token-list.ts';
import { TokenTrie } from './token-trie.ts';
import { Scanner } from './tokenize.ts';
import { type MatcherParts, TrieMatcher } from './trie-matcher.ts';
import type { Matcher, MatcherAlias } from './types.ts';

const CASE_INSENSITIVE: ScanMode = { ci: true, cs: false, possessive: false, nya: false };
const CASE_SENSITIVE: ScanMode = { ci: false, cs: true, possessive: false, nya: false };

/**
 * Builds a matcher that finds the given aliases in plain text.
 *
 * Contract: text and aliases are compared word by word after folding (case unless the alias is
 * case-sensitive, diacritics, compatibility forms, apostrophes inside words); spaces, line breaks,
 * hyphens and dashes between words are interchangeable, other punctuation must match in kind.
 * An alias with `lang` applies only to `find` calls with the same primary language. Aliases given
 * earlier win: their entities come first in `entityIds`. Aliases that are empty or fold to no
 * word are ignored; malformed entries (non-string text or entity id) are skipped, never thrown on.
 *
 * Beyond exact matches (issue 4): case-insensitive names of two or more words and 12 or more
 * characters also match with a small misspelling (`FuzzyIndex`), reported `probable` with a
 * `distance`; case-sensitive aliases in capitals do not fire inside text written in capitals
 * (`isShouted`); a word hyphenated across a line break reads as one word (`hyphenationEnd`).
 */
export function buildMatcher(aliases: Iterable<MatcherAlias>): Matcher {
  return new TrieMatcher(buildMatcherParts(aliases));
}

/** What `buildMatcher` builds, before it becomes a matcher (matcher-snapshot.ts stores it). */
export function buildMatcherParts(aliases: Iterable<MatcherAlias>): MatcherParts {
  const dict = new TokenDict();
  const trie = new TokenTrie();
  const parts: MatcherParts = {
    dict,
    trie,
    entries: new AliasEntries(),
    ciRoot: trie.addNode(),
    csRoot: trie.addNode(),
    fuzzy: new FuzzyIndex(dict),
    hasCaseSensitive: false,
    maxWords: 1,
  };
  const scanner = new Scanner(dict);
  const words = new TokenList();
  let order = 0;
  for (const alias of aliases) {
    order++;
    if (typeof alias?.text !== 'string' || typeof alias.entityId !== 'string') continue;
    const caseSensitive = alias.caseSensitive === true;
    scanner.scan(alias.text, 0, words, caseSensitive ? CASE_SENSITIVE : CASE_INSENSITIVE, Infinity);
    if (words.count === 0) continue;
    const node = insertWords(trie, caseSensitive ? parts.csRoot : parts.ciRoot, words);
    let group = trie.value(node);
    if (group < 0) {
      group = parts.entries.addGroup();
      trie.setValue(node, group);
      if (!caseSensitive) parts.fuzzy.add(group, words);
    }
    parts.entries.add(group, alias.text, alias.entityId, primaryLanguage(alias.lang), alias.kind, order);
    parts.hasCaseSensitive ||= caseSensitive;
    parts.maxWords = Math.max(parts.maxWords, words.count);
  }
  dict.freeze();
  parts.fuzzy.freeze();
  return parts;
}

/** Inserts an alias's words below `root`; returns the node where the alias ends. */
function insertWords(trie: TokenTrie, root: number, words: TokenList): number {
  let node = root;
  for (let i = 0; i < words.count; i++) {
    const id = (words.ci[i] as number) >= 0 ? (words.ci[i] as number) : (words.cs[i] as number);
    // Same key scheme as TrieMatcher.walk: word id, plus whether punctuation precedes it.
    const gap = i === 0 ? 0 : (words.gap[i] as number);
    node = trie.childOrAdd(node, id * 2 + gap);
  }
  return node;
}
