import { APOSTROPHE, BREAK, charFold, classAt, INVISIBLE, isWord } from '../../matcher/normalize.ts';

/**
 * A text's words as the matcher compares them, one string: folded by the matcher's own tables
 * (src/matcher/normalize.ts), words joined by a space, a word after punctuation marked with "·"
 * (the matcher tells "U.S." from "U S" but not "al-Sham" from "al Sham"). Two aliases with the
 * same key end at the same place in the matcher's trie, so they name the same thing on a page.
 * "Hay’at Tahrir al-Sham" → "hayat tahrir al sham"; with `caseSensitive`, letter case is kept.
 */
export function foldText(text: string, caseSensitive = false): string {
  const words: string[] = [];
  let word = '';
  let punctuated = false;
  const endWord = () => {
    // A word that folds to nothing (a lone combining mark) is dropped, as the matcher drops it.
    if (word !== '') {
      words.push(punctuated && words.length > 0 ? `·${word}` : word);
      punctuated = false;
    }
    word = '';
  };
  for (let p = 0; p < text.length; ) {
    const cp = text.codePointAt(p) as number;
    const size = cp > 0xffff ? 2 : 1;
    const cls = classAt(text, p);
    if (isWord(cls)) {
      const fold = charFold(cp);
      word += caseSensitive ? fold.cs : fold.ci;
    } else if (
      !((cls === APOSTROPHE || cls === INVISIBLE) && word !== '' && isWord(classAt(text, p + size)))
    ) {
      // Anything but an apostrophe or invisible between two letters ends the word.
      endWord();
      if (cls === BREAK || cls === APOSTROPHE) punctuated = true;
    }
    p += size;
  }
  endWord();
  return words.join(' ');
}
