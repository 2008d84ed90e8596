import { markWindow, tasksOn, traceEvents } from './trace-tasks';

export interface TaskFigures {
  /** The longest top-level slice on the page's main thread between the two marks, in ms (wall time). */
  longestTaskMs: number;
  /** Its trace name, e.g. ThreadControllerImpl::RunTask or a microtask checkpoint. */
  longestTaskName: string;
  tasksOver50: number;
}

/**
 * The sweep's summary of the page renderer's main thread between two performance.mark events
 * (categories toplevel + blink.user_timing). Chromium hides content-script tasks from
 * PerformanceObserver('longtask') (measured: a 120 ms busy loop in a content script produced no
 * entry), so the trace is where they show. Null when the trace lacks either mark.
 */
export function longestTask(trace: Uint8Array, startMark: string, endMark: string): TaskFigures | null {
  const events = traceEvents(trace);
  let window: ReturnType<typeof markWindow>;
  try {
    window = markWindow(events, startMark, endMark);
  } catch {
    return null;
  }
  const tasks = tasksOn(events, window.thread, window.from, window.to);
  const longest = tasks.reduce<(typeof tasks)[number] | null>((a, b) => (!a || b.wallMs > a.wallMs ? b : a), null);
  return {
    longestTaskMs: Math.round((longest?.wallMs ?? 0) * 10) / 10,
    longestTaskName: longest?.name ?? '',
    tasksOver50: tasks.filter((t) => t.wallMs > 50).length,
  };
}
