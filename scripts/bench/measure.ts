/** Timing and memory helpers for the benchmark: medians of adaptive repeat counts. */

const gc = (globalThis as { gc?: () => void }).gc;
export const hasGc = gc !== undefined;

/** JS heap plus ArrayBuffer backing stores (typed arrays live outside the heap), after gc(). */
export function memoryUsed(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Wall time of `fn` in ms, the median or the fastest of its runs: runs it at least `minRuns` times
 * and then until about `budgetMs` has been spent, at most `maxRuns` times.
 */
export function timeIt(
  fn: () => void,
  { minRuns = 3, maxRuns = 11, budgetMs = 400, fastest = false } = {},
): number {
  const times: number[] = [];
  let spent = 0;
  while (times.length < minRuns || (times.length < maxRuns && spent < budgetMs)) {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    times.push(dt);
    spent += dt;
  }
  return fastest ? Math.min(...times) : median(times);
}

/** Build once while measuring retained memory; returns the built value, its time and its MB. */
export function buildOnce<T>(build: () => T): { value: T; ms: number; heapMb: number } {
  const before = memoryUsed();
  const t0 = performance.now();
  const value = build();
  const ms = performance.now() - t0;
  const heapMb = (memoryUsed() - before) / 1024 / 1024;
  return { value, ms, heapMb };
}
