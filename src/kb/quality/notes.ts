import { REQUIRED_LANGUAGES } from './required-text.ts';
import type { LoadedPack, Problem } from './types.ts';

/**
 * Context notes are read beside Indonesian and English pages alike: each has its text in both,
 * and each phrase it explains is long enough (two words or more) not to fire on everyday words.
 * That their sources exist is checked with the pack itself (pack-parse.ts).
 */
export function checkNotes(packs: readonly LoadedPack[]): Problem[] {
  const problems: Problem[] = [];
  for (const { pack } of packs) {
    for (const [i, note] of (pack.notes ?? []).entries()) {
      for (const lang of REQUIRED_LANGUAGES) {
        if (!note.text[lang]?.trim())
          problems.push({ pack: pack.id, path: `notes[${i}].text.${lang}`, message: `has no ${lang} text` });
      }
      for (const [j, phrase] of note.phrases.entries()) {
        if (phrase.text.trim().split(/\s+/).length < 2)
          problems.push({
            pack: pack.id,
            path: `notes[${i}].phrases[${j}].text`,
            message: 'a note phrase needs two words or more',
          });
      }
    }
  }
  return problems;
}
