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

/** Wall time and the process's CPU time (user + system, all threads) of one call of `work`, in ms. */
export function measureOnce(work: () => void): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Medians of several tasks measured in turns (a, b, c, a, b, c, …) after `warmUps` turns, so a
 * slow spell of a shared machine falls on all of them alike and their ratios stay fair. `beforeEach`
 * runs untimed before every call (e.g. a young-generation collection, so that each task pays for
 * collecting its own garbage rather than the previous task's). Gives median wall times and median
 * CPU times: on a busy machine the wall time also counts the time other processes held the core.
 */
export function interleavedMedians<K extends string>(
  tasks: Record<K, () => void>,
  runs: number,
  warmUps = 1,
  beforeEach?: () => void,
): { wall: Record<K, number>; cpu: Record<K, number> } {
  const names = Object.keys(tasks) as K[];
  const wall = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  const cpu = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let turn = 0; turn < warmUps + runs; turn++) {
    for (const name of names) {
      beforeEach?.();
      const time = measureOnce(tasks[name]);
      if (turn < warmUps) continue;
      wall[name].push(time.wall);
      cpu[name].push(time.cpu);
    }
  }
  const medians = (times: Record<K, number[]>) => Object.fromEntries(names.map((n) => [n, median(times[n])])) as Record<K, number>;
  return { wall: medians(wall), cpu: medians(cpu) };
}

type GcFunction = (options?: { type?: 'major' | 'minor'; execution?: 'sync' }) => void;

/**
 * The runtime's garbage collector, so a bench can start each page with a clean heap and each timed
 * call with an empty young generation instead of paying for earlier garbage; null when the runtime
 * will not expose it. `full` collects everything, `young` only the young generation.
 */
export function garbageCollector(): { full: () => void; young: () => void } | null {
  let gc = (globalThis as { gc?: GcFunction }).gc;
  if (!gc) {
    try {
      setFlagsFromString('--expose-gc');
      const found = runInNewContext('gc') as unknown;
      if (typeof found === 'function') gc = found as GcFunction;
    } catch {
      return null;
    }
  }
  if (!gc) return null;
  const collect = gc;
  return { full: () => collect(), young: () => collect({ type: 'minor' }) };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
