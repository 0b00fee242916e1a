import { foldText } from './fold-text.ts';
import type { CommonWords } from './types.ts';

/**
 * Everyday words that are also names of places, groups or brands a pack may describe; stop-word
 * lists miss most of them (knowledge.md: "hama" is in neither stopwords-iso nor stopword).
 * Sources: the collisions in /work/shared/guides/knowledge.md and the world-pack tests.
 */
export const COLLIDING_WORDS: Readonly<Record<string, readonly string[]>> = {
  id: [
    'as', // axle ↔ AS (Amerika Serikat)
    'baku', // standard ↔ Baku
    'batu', // stone ↔ Batu
    'bukan', // not ↔ Būkān, once accents are folded away
    'cina', // porcelain, also an old word for Chinese ↔ Cina
    'hama', // pest ↔ Hama
    'kabul', // granted ↔ Kabul
    'kota', // city ↔ Kota
    'lima', // five ↔ Lima
    'malang', // unlucky ↔ Malang
    'mau', // want ↔ Mau
    'medan', // field, terrain ↔ Medan
    'natal', // Christmas ↔ Natal
    'padang', // field ↔ Padang
    'palu', // hammer ↔ Palu
    'sana', // there ↔ SANA
    'serang', // attack ↔ Serang
    'singa', // lion ↔ Singa
    'solo', // alone ↔ Solo (Surakarta)
    'surat', // letter ↔ Surat
    'telegram', // a telegram ↔ Telegram
  ],
  en: [
    'as', // ↔ AS (Amerika Serikat, on Indonesian pages)
    'bermuda', // shorts ↔ Bermuda
    'chad', // paper punched out ↔ Chad
    'chile', // the pepper ↔ Chile
    'china', // porcelain ↔ China
    'guernsey', // a sweater, a cow ↔ Guernsey
    'guinea', // guinea pig, a coin ↔ Guinea
    'japan', // lacquer ↔ Japan
    'jersey', // a shirt ↔ Jersey
    'june', // the month ↔ June (a name)
    'may', // the verb and month ↔ May
    'panama', // a hat ↔ Panama
    'reunion', // a gathering ↔ Réunion (accents fold away)
    'sham', // a fake ↔ al-Sham
    'telegram', // a telegram ↔ Telegram
    'turkey', // the bird ↔ Turkey
    'un', // a prefix, French "un" ↔ UN
    'us', // the pronoun ↔ US
  ],
};

/** Merges word lists per language (stop words, COLLIDING_WORDS) into folded sets. */
export function commonWordsOf(...lists: Readonly<Record<string, readonly string[]>>[]): CommonWords {
  const out: Record<string, Set<string>> = {};
  for (const list of lists) {
    for (const [lang, words] of Object.entries(list)) {
      const set = out[lang] ?? new Set<string>();
      for (const word of words) {
        const key = foldText(word);
        if (key !== '') set.add(key);
      }
      out[lang] = set;
    }
  }
  return out;
}
