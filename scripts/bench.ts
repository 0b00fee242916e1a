/**
 * Matcher benchmark: build time, retained heap and scan speed for 1k, 10k and 100k synthetic
 * aliases over 100 KB and 1 MB of synthetic text that contains some of the names (about one
 * word in forty starts a name; the other words are never names).
 *
 *   node --experimental-strip-types --expose-gc scripts/bench.ts   (Node >= 22.6)
 *   npx tsx --expose-gc scripts/bench.ts                            (Node 20)
 *
 * Deterministic (seeded PRNG); prints a table, asserts nothing.
 */
import { buildMatcher } from '../src/matcher/build-matcher.ts';
import type { Matcher, MatcherAlias } from '../src/matcher/types.ts';

const SIZES = [1_000, 10_000, 100_000];
const TEXT_SIZES = [
  { label: '100KB', chars: 100 * 1024 },
  { label: '1MB', chars: 1024 * 1024 },
];
const BUILD_RUNS = 5;
const SCAN_RUNS = 11;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = 'bcdfghjklmnprstvwyz';
const VOWELS = 'aeiou';
/** Common Indonesian words, minus those shaped like a generated name (the text's names are injected). */
const FILLER = 'dan yang di ke dari ini itu dengan untuk pada tidak akan juga oleh sudah dalam bahwa kata'
  .split(' ')
  .filter((w) => !/^([bcdfghjklmnprstvwyz][aeiou]){2,4}[bcdfghjklmnprstvwyz]?$/.test(w));

function pick<T>(rand: () => number, items: readonly T[] | string): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** A pronounceable capitalised word of 2–4 syllables. */
function word(rand: () => number): string {
  let out = '';
  const syllables = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < syllables; i++) out += pick<string>(rand, CONSONANTS) + pick<string>(rand, VOWELS);
  if (rand() < 0.3) out += pick<string>(rand, CONSONANTS);
  return out[0]?.toUpperCase() + out.slice(1);
}

/** A lower-case non-name word: vowel-initial syllables, so it never equals a name's word. */
function fillerWord(rand: () => number): string {
  let out = '';
  const syllables = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < syllables; i++) out += pick<string>(rand, VOWELS) + pick<string>(rand, CONSONANTS);
  return out;
}

/** `count` aliases of 1–4 words; a few are case-sensitive, language-scoped or misspellings. */
function makeAliases(count: number, seed: number): MatcherAlias[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const words = 1 + Math.floor(rand() * rand() * 4);
    const text = Array.from({ length: words }, () => word(rand)).join(rand() < 0.2 ? '-' : ' ');
    const r = rand();
    return {
      text,
      entityId: `e${Math.floor(i / 3)}`,
      caseSensitive: r < 0.05,
      lang: r > 0.9 ? 'id' : undefined,
      kind: r > 0.97 ? 'misspelling' : 'name',
    };
  });
}

/** Filler sentences with about one alias per 40 words, `chars` UTF-16 units long. */
function makeText(aliases: MatcherAlias[], chars: number, seed: number): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence: string[] = [];
    const words = 8 + Math.floor(rand() * 20);
    for (let i = 0; i < words; i++) {
      const r = rand();
      sentence.push(r < 0.025 ? pick(rand, aliases).text : r < 0.6 ? fillerWord(rand) : pick(rand, FILLER));
    }
    const s = `${sentence.join(' ')}${rand() < 0.8 ? '.' : ','} `;
    parts.push(s);
    length += s.length;
  }
  return parts.join('').slice(0, chars);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const gc = (globalThis as { gc?: () => void }).gc;

/** JS heap plus ArrayBuffer backing stores (the matcher's typed arrays live outside the heap). */
function memoryUsed(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function timeBuild(aliases: MatcherAlias[]): { ms: number; heapMb: number; matcher: Matcher } {
  buildMatcher(aliases); // warm-up
  const times: number[] = [];
  for (let i = 0; i < BUILD_RUNS; i++) {
    const t0 = performance.now();
    buildMatcher(aliases);
    times.push(performance.now() - t0);
  }
  const before = memoryUsed();
  const matcher = buildMatcher(aliases);
  const heapMb = (memoryUsed() - before) / 1024 / 1024;
  return { ms: median(times), heapMb, matcher };
}

function timeScan(matcher: Matcher, text: string): { ms: number; mentions: number } {
  let mentions = 0;
  for (let i = 0; i < 5; i++) mentions = matcher.find(text, { lang: 'id' }).length; // warm-up
  const times: number[] = [];
  for (let i = 0; i < SCAN_RUNS; i++) {
    const t0 = performance.now();
    matcher.find(text, { lang: 'id' });
    times.push(performance.now() - t0);
  }
  return { ms: median(times), mentions };
}

const rows: Record<string, string | number>[] = [];
for (const size of SIZES) {
  const aliases = makeAliases(size, size);
  const build = timeBuild(aliases);
  const row: Record<string, string | number> = {
    aliases: size,
    entries: build.matcher.size,
    'build ms': build.ms.toFixed(1),
    'heap MB': build.heapMb.toFixed(1),
  };
  for (const { label, chars } of TEXT_SIZES) {
    const text = makeText(aliases, chars, size + chars);
    const scan = timeScan(build.matcher, text);
    row[`${label} ms`] = scan.ms.toFixed(2);
    row[`${label} MB/s`] = (chars / 1024 / 1024 / (scan.ms / 1000)).toFixed(0);
    row[`${label} mentions`] = scan.mentions;
  }
  rows.push(row);
}

const memory = gc ? 'after gc()' : 'without --expose-gc, rough';
console.log(
  `node ${process.version}; medians of ${BUILD_RUNS} builds and ${SCAN_RUNS} scans; heap = JS heap + ArrayBuffers, ${memory}`,
);
console.table(rows);
