/**
 * The engines the benchmark compares, behind one interface: ours, and two reference peers.
 *
 * - RegExp: one alternation of every alias, longest first, between Unicode word boundaries, case-
 *   insensitive: what many highlighting extensions do.
 * - modern-ahocorasick: its plain automaton over lower-cased patterns and a lower-cased text,
 *   (case-sensitive aliases in a second automaton over the text as is), leftmost-longest, then a
 *   whole-word check of each hit in JS. (Its own `boundary` option and
 *   its Unicode case-folding build scan about 200 times slower here: 1.6–3 s per 100 KB at 1k
 *   aliases, so the fast configuration is the fair one.)
 * Neither peer folds diacritics, hyphens or clitics, so their mention counts differ a little from
 * ours: they are there for speed and size, not for quality.
 */
import AhoCorasick from 'modern-ahocorasick';
import { buildMatcher } from '../../src/matcher/build-matcher.ts';
import type { MatcherAlias } from '../../src/matcher/types.ts';

/** A built engine: scans a text and returns how many mentions it found. */
export type Scan = (text: string) => number;

export interface Engine {
  name: string;
  build(aliases: MatcherAlias[]): Scan;
}

export const ours: Engine = {
  name: 'konteks',
  build(aliases) {
    const matcher = buildMatcher(aliases);
    return (text) => matcher.find(text, { lang: 'id' }).length;
  },
};

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Leftmost-longest hits of `ac` in `text` that are whole words. */
function wholeWords(ac: AhoCorasick, text: string): number {
  let count = 0;
  for (const hit of ac.search(text, { strategy: 'leftmost-longest' })) {
    if (!WORD_CHAR.test(text[hit.start - 1] ?? ' ') && !WORD_CHAR.test(text[hit.end] ?? ' ')) count++;
  }
  return count;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const regexpAlternation: Engine = {
  name: 'RegExp',
  build(aliases) {
    const texts = [...new Set(aliases.map((a) => a.text))].sort((a, b) => b.length - a.length);
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${texts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    re.test('x'); // compile now, so building pays for it rather than the first scan
    return (text) => {
      re.lastIndex = 0;
      let count = 0;
      while (re.exec(text) !== null) count++;
      return count;
    };
  },
};

export const ahoCorasick: Engine = {
  name: 'modern-ahocorasick',
  build(aliases) {
    // Case-insensitive aliases over the lower-cased text, case-sensitive ones over the text as is.
    const ci = new AhoCorasick([
      ...new Set(aliases.filter((a) => !a.caseSensitive).map((a) => a.text.toLowerCase())),
    ]);
    const cs = new AhoCorasick([...new Set(aliases.filter((a) => a.caseSensitive).map((a) => a.text))]);
    return (text) => {
      const lower = text.toLowerCase();
      return wholeWords(ci, lower.length === text.length ? lower : text) + wholeWords(cs, text);
    };
  },
};
