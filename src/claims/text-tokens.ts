/**
 * Words of a text with where they sit, folded the way readers read: case, diacritics and
 * compatibility forms ignored ("Ḥamā" = "hama"), apostrophes inside a word dropped ("Hay'at" =
 * "hayat"), hyphens and dashes between words treated as spaces ("al-Nusra" = "al nusra").
 * Pure: no DOM, used by the claim matcher and the context-note phrases alike.
 */

export interface Token {
  /** The folded word. */
  word: string;
  start: number;
  end: number;
  /** Written with a capital first letter (a name, or a word opening a sentence). */
  capital: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`´][\p{L}\p{N}\p{M}]+)*/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ`´]/g;

export function fold(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, '').toLowerCase();
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const surface = text.slice(m.index, end);
    const initial = surface.charAt(0);
    tokens.push({
      word: fold(surface),
      start: m.index,
      end,
      capital: initial !== initial.toLowerCase() && initial === initial.toUpperCase(),
    });
  }
  return tokens;
}
