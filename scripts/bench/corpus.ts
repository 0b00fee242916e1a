/**
 * Deterministic synthetic aliases and news-like text for the matcher benchmark.
 *
 * Aliases look like a real pack's: people ("Rahmat al-Basuki"), organisations built from shared
 * words ("Front Pembebasan Karimu", "Ministry of Dalo Affairs"), places ("Kota Sirumba"), a few
 * case-sensitive acronyms ("FPK") and mixed-case brands ("iMedu"), some scoped to Indonesian pages.
 * The text is filler sentences (real function words plus made-up lower-case words) with about one
 * name in forty words, some of them in capitals or slightly misspelled.
 */
import type { MatcherAlias } from '../../src/matcher/types.ts';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

const CONSONANTS = 'bcdfghjklmnprstvwyz';
const VOWELS = 'aeiou';
const ORG_HEADS =
  'Front Partai Kementerian Bank Universitas Gerakan Brigade Dewan Council Ministry Union Institute'.split(
    ' ',
  );
const ORG_TAILS = 'Nasional Rakyat Islam Demokrat Bersatu Raya Utara Selatan Liberation Defence Party'.split(
  ' ',
);
const PLACE_HEADS = 'Kota Kabupaten Pulau Port Lake Gunung Teluk'.split(' ');
const PARTICLES = 'al- bin van de el- abu'.split(' ');
/** Function words of Indonesian and English news: never part of a generated name. */
const FILLER = (
  'dan yang di ke dari ini itu dengan untuk pada tidak akan juga oleh sudah dalam bahwa kata ' +
  'the and of to in is that for with was on from by said after over'
)
  .split(' ')
  .filter((w) => !/^([bcdfghjklmnprstvwyz][aeiou]){2,4}[bcdfghjklmnprstvwyz]?$/.test(w));

export function pick<T>(items: readonly T[], rand: Rand): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** A pronounceable capitalised name word of 2–4 syllables ("Karimu", "Sodalen"). */
function nameWord(rand: Rand): string {
  let out = '';
  const syllables = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < syllables; i++) out += pickChar(rand, CONSONANTS) + pickChar(rand, VOWELS);
  if (rand() < 0.3) out += pickChar(rand, CONSONANTS);
  return (out[0] as string).toUpperCase() + out.slice(1);
}

function pickChar(rand: Rand, chars: string): string {
  return chars[Math.floor(rand() * chars.length)] as string;
}

/** One alias text and whether it is case-sensitive. */
function aliasText(rand: Rand): { text: string; caseSensitive: boolean } {
  const r = rand();
  if (r < 0.4) {
    const particle = rand() < 0.3 ? pick(PARTICLES, rand) : '';
    const middle = rand() < 0.25 ? ` ${nameWord(rand)}` : '';
    return { text: `${nameWord(rand)}${middle} ${particle}${nameWord(rand)}`, caseSensitive: false };
  }
  if (r < 0.65) {
    const words = [pick(ORG_HEADS, rand), nameWord(rand)];
    if (rand() < 0.5) words.push(rand() < 0.5 ? pick(ORG_TAILS, rand) : nameWord(rand));
    if (rand() < 0.2) words.splice(1, 0, rand() < 0.5 ? 'of' : 'for');
    return { text: words.join(' '), caseSensitive: false };
  }
  if (r < 0.9) {
    const place = nameWord(rand);
    return { text: rand() < 0.3 ? `${pick(PLACE_HEADS, rand)} ${place}` : place, caseSensitive: false };
  }
  if (r < 0.96) {
    let acronym = '';
    const letters = 2 + Math.floor(rand() * 4);
    for (let i = 0; i < letters; i++) acronym += pickChar(rand, 'ABCDEFGHIJKLMNOPRSTUVW');
    return { text: acronym, caseSensitive: true };
  }
  const word = nameWord(rand);
  return { text: `${pickChar(rand, 'ie')}${word}`, caseSensitive: true }; // "iMedu", "eKarosa"
}

/** `count` aliases, about three per entity; deterministic for a given seed. */
export function makeAliases(count: number, seed: number): MatcherAlias[] {
  const rand = prng(seed);
  const out: MatcherAlias[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const { text, caseSensitive } = aliasText(rand);
    const r = rand();
    out[i] = {
      text,
      entityId: `e${Math.floor(i / 3)}`,
      caseSensitive,
      lang: r < 0.1 ? 'id' : undefined,
      kind: r > 0.98 ? 'misspelling' : 'name',
    };
  }
  return out;
}

/** A lower-case non-name word: vowel-initial syllables, so it never equals a name's word. */
function fillerWord(rand: Rand): string {
  let out = '';
  const syllables = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < syllables; i++) out += pickChar(rand, VOWELS) + pickChar(rand, CONSONANTS);
  return out;
}

/** The alias as a page may write it: usually as given, sometimes in capitals or with one typo. */
function surface(rand: Rand, alias: MatcherAlias): string {
  const r = rand();
  if (r < 0.05) return alias.text.toUpperCase();
  if (r < 0.08 && alias.text.length >= 12) {
    const at = 1 + Math.floor(rand() * (alias.text.length - 2));
    return alias.text.slice(0, at) + alias.text.slice(at + 1); // one letter dropped
  }
  return alias.text;
}

/** Filler sentences with about one alias per 40 words, `chars` UTF-16 units long. */
export function makeText(aliases: MatcherAlias[], chars: number, seed: number): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence: string[] = [];
    const words = 8 + Math.floor(rand() * 20);
    for (let i = 0; i < words; i++) {
      const r = rand();
      sentence.push(
        r < 0.025 ? surface(rand, pick(aliases, rand)) : r < 0.6 ? fillerWord(rand) : pick(FILLER, rand),
      );
    }
    const s = `${sentence.join(' ')}${rand() < 0.8 ? '.' : ','}${rand() < 0.1 ? '\n' : ' '}`;
    parts.push(s);
    length += s.length;
  }
  return parts.join('').slice(0, chars);
}
