import { type Token, tokenize } from './text-tokens';

/**
 * Finds the phrases context notes explain, as whole words after folding (text-tokens.ts):
 * "Jabhat al-Nusra" on the page matches the phrase "Jabhat Al Nusra". Exact word sequences only:
 * a note is our own explanation of a specific wording, never a guess. Pure TypeScript.
 */

export interface NotePhrase {
  noteId: string;
  text: string;
  lang?: string | undefined;
}

export interface PhraseMatch {
  noteId: string;
  start: number;
  end: number;
}

export function createPhraseIndex(phrases: readonly NotePhrase[]) {
  const byFirst = new Map<string, { words: string[]; phrase: NotePhrase }[]>();
  for (const phrase of phrases) {
    const words = tokenize(phrase.text).map((t) => t.word);
    const head = words[0];
    if (head === undefined) continue;
    const list = byFirst.get(head) ?? [];
    list.push({ words, phrase });
    // Longest first, so "Komando Umum Tentara Suriah" wins over a shorter phrase at the same place.
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(head, list);
  }

  /** Leftmost-longest, non-overlapping matches in `text` for a page in `lang` (any when unknown). */
  function find(text: string, lang?: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    if (byFirst.size === 0) return found;
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = byFirst.get((tokens[i] as Token).word);
      if (!candidates) continue;
      const hit = candidates.find(
        ({ words, phrase }) =>
          (!lang || !phrase.lang || phrase.lang === lang) &&
          words.every((word, k) => tokens[i + k]?.word === word) &&
          sameSentence(text, tokens, i, words.length),
      );
      if (!hit) continue;
      const last = tokens[i + hit.words.length - 1] as Token;
      found.push({ noteId: hit.phrase.noteId, start: (tokens[i] as Token).start, end: last.end });
      i += hit.words.length - 1;
    }
    return found;
  }

  return { find };
}

/** The phrase's words are not split by sentence punctuation (". ", "? ", a line break). */
function sameSentence(text: string, tokens: readonly Token[], from: number, count: number): boolean {
  for (let k = from + 1; k < from + count; k++) {
    const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (/[.!?;:\n]/.test(gap)) return false;
  }
  return true;
}
