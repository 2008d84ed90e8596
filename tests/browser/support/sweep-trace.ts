/** The parts of a Chrome trace event this reads. */
interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

export interface TaskFigures {
  /** The longest top-level slice on the page's main thread between the two marks, in ms. */
  longestTaskMs: number;
  /** Its trace name, e.g. ThreadControllerImpl::RunTask or a microtask checkpoint. */
  longestTaskName: string;
  tasksOver50: number;
}

/**
 * Reads the page renderer's main thread out of a trace (categories toplevel + blink.user_timing): the
 * performance.mark events name the thread and the window; top-level slices are the X events not nested
 * in another one. Chromium hides content-script tasks from PerformanceObserver('longtask') (measured:
 * a 120 ms busy loop in a content script produced no entry), so the trace is where they show.
 */
export function longestTask(trace: Uint8Array, startMark: string, endMark: string): TaskFigures | null {
  const parsed = JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const start = events.find((e) => e.name === startMark);
  const end = events.find((e) => e.name === endMark && e.pid === start?.pid);
  if (!start || !end) return null;
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.dur != null)
    .filter((e) => e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let longest: TraceEvent | null = null;
  let over = 0;
  let coveredUntil = -Infinity;
  for (const slice of slices) {
    const sliceEnd = slice.ts + (slice.dur ?? 0);
    if (slice.ts < coveredUntil) continue; // nested in the previous top-level slice
    coveredUntil = sliceEnd;
    if ((slice.dur ?? 0) > 50_000) over++;
    if (!longest || (slice.dur ?? 0) > (longest.dur ?? 0)) longest = slice;
  }
  return {
    longestTaskMs: Math.round((longest?.dur ?? 0) / 100) / 10,
    longestTaskName: longest?.name ?? '',
    tasksOver50: over,
  };
}
