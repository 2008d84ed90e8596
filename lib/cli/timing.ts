import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `work` once to warm up, then `runs` times, and returns the median wall time in ms. */
export function medianTime(work: () => void, runs: number): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(work));
  return median(times);
}

/** Wall time of one call of `work`, in ms. */
export function timeOnce(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Medians of several tasks measured in turns (a, b, c, a, b, c, …) after `warmUps` turns, so a
 * slow spell of a shared machine falls on all of them alike and their ratios stay fair.
 */
export function interleavedMedians<K extends string>(tasks: Record<K, () => void>, runs: number, warmUps = 1): Record<K, number> {
  const names = Object.keys(tasks) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let turn = 0; turn < warmUps + runs; turn++) {
    for (const name of names) {
      const time = timeOnce(tasks[name]);
      if (turn >= warmUps) times[name].push(time);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(times[n])])) as Record<K, number>;
}

/**
 * A full garbage collection, to start each page with a clean heap instead of paying for the previous
 * page's garbage inside its timings; null when the runtime will not expose one.
 */
export function garbageCollector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
