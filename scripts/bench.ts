/**
 * Matcher benchmark (issue 4): build time, retained heap and scan speed of our matcher at 1k, 10k,
 * 100k and 1M aliases over 100 KB and 1 MB of text, and the same for two reference peers (one
 * RegExp alternation; modern-ahocorasick), printed as ratios to ours.
 *
 *   npm run bench          (= tsx --expose-gc scripts/bench.ts; Node 20)
 *
 * Deterministic (seeded PRNG). Asserts nothing: numbers are for reading, never for tests.
 * A peer run that would take too long is skipped and says so, with the estimate that skipped it.
 */
import { cpus, loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { buildMatcherParts } from '../src/matcher/build-matcher.ts';
import { matcherFromSnapshot, snapshotParts } from '../src/matcher/matcher-snapshot.ts';
import { makeAliases, makeText } from './bench/corpus.ts';
import { ahoCorasick, type Engine, ours, regexpAlternation, type Scan } from './bench/engines.ts';
import { buildOnce, hasGc, timeIt } from './bench/measure.ts';

/** BENCH_MAX_ALIASES=100000 stops early, for a quick look. */
const SIZES = [1_000, 10_000, 100_000, 1_000_000].filter(
  (n) => n <= Number(process.env.BENCH_MAX_ALIASES ?? Infinity),
);
const TEXTS = [
  { label: '100 KB', chars: 100 * 1024 },
  { label: '1 MB', chars: 1024 * 1024 },
];
/** A scan estimated (from a 10 KB sample) to take longer than this is timed once, not repeated. */
const SCAN_CAP_S = 5;
/** A scan estimated to take longer than this is skipped. */
const SINGLE_RUN_CAP_S = 45;
/** Largest alias count each peer is built with (the RegExp's scan time grows with it). */
const BUILD_CAP: Record<string, number> = { RegExp: 10_000, 'modern-ahocorasick': 1_000_000 };
const SAMPLE = 10 * 1024;
const started = performance.now();

interface Result {
  buildMs?: number;
  heapMb?: number;
  /** Scan ms per text label, or a reason it was skipped. */
  scans: Record<string, number | string>;
  mentions: Record<string, number>;
  skipped?: string;
}

function run(engine: Engine, size: number, aliases: Parameters<Engine['build']>[0], texts: string[]): Result {
  const cap = BUILD_CAP[engine.name] ?? Infinity;
  if (size > cap)
    return { scans: {}, mentions: {}, skipped: `skipped (not built above ${cap / 1000}k aliases)` };
  const progress = (what: string) =>
    process.stderr.write(
      `  ${engine.name} @ ${size}: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    );
  progress('building');
  const cold = buildOnce(() => engine.build(aliases));
  const scan: Scan = cold.value;
  // Repeat builds only when cheap; a single cold build is the honest number for big ones.
  const buildMs = cold.ms < 1000 ? timeIt(() => engine.build(aliases), { budgetMs: 1500 }) : cold.ms;
  const result: Result = { buildMs, heapMb: cold.heapMb, scans: {}, mentions: {} };
  TEXTS.forEach(({ label, chars }, i) => {
    const text = texts[i] as string;
    progress(`scanning ${label}`);
    scan(text.slice(0, SAMPLE)); // warm-up
    const t0 = performance.now();
    scan(text.slice(0, SAMPLE));
    const estimateS = ((performance.now() - t0) * (chars / SAMPLE)) / 1000;
    if (estimateS > SINGLE_RUN_CAP_S) {
      result.scans[label] = `skipped (> ${SINGLE_RUN_CAP_S} s: ~${estimateS.toFixed(0)} s est.)`;
      return;
    }
    if (estimateS > SCAN_CAP_S) {
      const t1 = performance.now();
      result.mentions[label] = scan(text);
      result.scans[label] = performance.now() - t1; // one run only
      return;
    }
    result.mentions[label] = scan(text);
    // Fastest of several runs: on a shared machine, other work only ever adds time.
    result.scans[label] = timeIt(() => scan(text), { budgetMs: 800, maxRuns: 15, fastest: true });
  });
  return result;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mbps = (chars: number, t: number) => (chars / 1024 / 1024 / (t / 1000)).toFixed(0);
const ratio = (peer: number | undefined, base: number | undefined) =>
  peer === undefined || base === undefined ? '' : `×${fixed(peer / base)}`;
const fixed = (x: number) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));

/**
 * Loading the stored matcher instead of building it (what a woken service worker does): V8's
 * deserializer, the structured clone IndexedDB uses, then reviving the parts. The clone's read
 * inside IndexedDB may cost more or less than this in a browser; bench-browser measures that.
 */
function restoreMs(aliases: Parameters<typeof buildMatcherParts>[0]): number {
  const stored = serialize(snapshotParts(buildMatcherParts(aliases)));
  return timeIt(() => {
    if (!matcherFromSnapshot(deserialize(stored))) throw new Error('the snapshot did not restore');
  });
}

const ourRows: Record<string, string | number>[] = [];
const peerRows: Record<string, string | number>[] = [];
for (const size of SIZES) {
  const aliases = makeAliases(size, size);
  const texts = TEXTS.map(({ chars }) => makeText(aliases, chars, size + chars));
  const base = run(ours, size, aliases, texts);
  const row: Record<string, string | number> = {
    aliases: size.toLocaleString('en'),
    'build ms': ms(base.buildMs as number),
    'heap MB': (base.heapMb as number).toFixed(1),
  };
  for (const { label, chars } of TEXTS) {
    const t = base.scans[label] as number;
    row[`${label} ms`] = ms(t);
    row[`${label} MB/s`] = mbps(chars, t);
    row[`${label} mentions`] = base.mentions[label] as number;
  }
  row['restore ms'] = ms(restoreMs(aliases));
  ourRows.push(row);
  for (const peer of [regexpAlternation, ahoCorasick]) {
    const r = run(peer, size, aliases, texts);
    const peerRow: Record<string, string | number> = { aliases: size.toLocaleString('en'), peer: peer.name };
    if (r.skipped) {
      peerRow.build = r.skipped;
      peerRows.push(peerRow);
      continue;
    }
    peerRow.build = `${ms(r.buildMs as number)} ms ${ratio(r.buildMs, base.buildMs)}`;
    peerRow.heap = `${(r.heapMb as number).toFixed(1)} MB ${ratio(r.heapMb, base.heapMb)}`;
    for (const { label } of TEXTS) {
      const t = r.scans[label];
      peerRow[`scan ${label}`] =
        typeof t === 'number' ? `${ms(t)} ms ${ratio(t, base.scans[label] as number)}` : (t as string);
      if (r.mentions[label] !== undefined) peerRow[`${label} mentions`] = r.mentions[label] as number;
    }
    peerRows.push(peerRow);
  }
}

console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}; ` +
    'build: median of repeated builds (one cold build when it takes > 1 s); ' +
    `scan: fastest of 3-15 runs (one run when it takes > ${SCAN_CAP_S} s); ` +
    `heap = JS heap + ArrayBuffers retained by the built engine${hasGc ? ', after gc()' : ' (no --expose-gc: rough)'}; ` +
    'restore: the stored matcher read back (structured clone) and revived, instead of built',
);
console.log('\nKonteks matcher (lang "id"):');
console.table(ourRows);
console.log('\nReference peers; ×N = peer / ours (above 1: the peer is slower or bigger):');
console.table(peerRows);
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
