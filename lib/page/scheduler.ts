/**
 * Cooperative scheduling for work in the page (issue 6: no task of ours may block the page for more
 * than 50 ms). Long jobs run in slices and hand the main thread back between them.
 */

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering) before we continue: scheduler.yield() where the browser has it. */
export function yieldToPage(global: typeof globalThis = globalThis): Promise<void> {
  const scheduler = (global as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => global.setTimeout(resolve, 0));
}

/** Slices of at most ~budget ms of our own work: 15, leaving room under 50 for GC and a busy machine. */
export const SLICE_MS = 15;

export interface Budget {
  /** True once this slice has used its time: yield before going on. */
  spent(): boolean;
  /** Yields to the page if the slice is spent, then starts a new slice. */
  check(): Promise<void>;
  /** Always yields, then starts a new slice. */
  pause(): Promise<void>;
  /** The longest slice so far, in ms: the longest task this work gave the page. */
  longest(): number;
}

export function createBudget(ms = SLICE_MS, now: () => number = () => performance.now(), pause: () => Promise<void> = yieldToPage): Budget {
  let started = now();
  let longest = 0;
  const restart = async () => {
    longest = Math.max(longest, now() - started);
    await pause();
    started = now();
  };
  return {
    spent: () => now() - started >= ms,
    async check() {
      if (now() - started >= ms) await restart();
    },
    pause: restart,
    longest: () => Math.max(longest, now() - started),
  };
}

/** Maps `items` through `fn`, yielding to the page whenever the budget's slice is spent. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, budget: Budget): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i], i));
    // Checking the clock every item is cheap next to anchoring one span.
    if (budget.spent()) await budget.check();
  }
  return out;
}
