/**
 * Top-level tasks of one renderer thread out of a Chromium trace, with thread time and wall time.
 * The thread is the one that recorded a performance.mark of the given name; the window runs from
 * that thread's start mark to its end mark (or, without marks, over the whole trace).
 */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { functionName?: string; url?: string } };
}

export interface TraceTask {
  name: string;
  /** Start in ms from the window's start. */
  atMs: number;
  /** `dur`: includes time the OS gave the core to other processes. */
  wallMs: number;
  /** `tdur`: the work the task really did on its thread. */
  threadMs: number;
  /** The longest events nested in it (for finding what made it long), longest first. */
  inside: { name: string; wallMs: number; detail?: string }[];
  /** performance.mark names recorded during the task, with their offset into it (ms). */
  marks: string[];
}

/** Categories that give top-level tasks, user-timing marks and (for diagnosis) what runs inside a task. */
export const TASK_CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8'];

export function traceEvents(trace: Uint8Array): TraceEvent[] {
  const parsed = JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** The thread that recorded a mark: [pid, tid], or null when no thread did. */
export function threadOfMark(events: TraceEvent[], mark: string): [number, number] | null {
  const found = events.find((e) => e.name === mark);
  return found ? [found.pid, found.tid] : null;
}

/** Top-level X slices (not nested in another) on one thread between `fromTs` and `toTs` (µs). */
export function tasksOn(events: TraceEvent[], [pid, tid]: [number, number], fromTs: number, toTs: number): TraceTask[] {
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur != null && e.ts <= toTs && e.ts + e.dur >= fromTs)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: TraceTask[] = [];
  let top: TraceEvent | null = null;
  let coveredUntil = -Infinity;
  for (const slice of slices) {
    if (slice.ts < coveredUntil && top) {
      const task = tasks[tasks.length - 1];
      const detail = slice.args?.data?.functionName || slice.args?.data?.url ? `${slice.args?.data?.functionName ?? ''} ${slice.args?.data?.url ?? ''}`.trim() : undefined;
      task.inside.push({ name: slice.name, wallMs: slice.dur! / 1000, detail });
      continue;
    }
    top = slice;
    coveredUntil = slice.ts + slice.dur!;
    tasks.push({ name: slice.name, atMs: (slice.ts - fromTs) / 1000, wallMs: slice.dur! / 1000, threadMs: (slice.tdur ?? slice.dur!) / 1000, inside: [], marks: [] });
  }
  const marks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph !== 'X' && e.cat?.includes('user_timing'));
  for (const task of tasks) {
    const from = fromTs + task.atMs * 1000;
    task.marks = marks.filter((m) => m.ts >= from && m.ts <= from + task.wallMs * 1000).map((m) => `${m.name}+${r1((m.ts - from) / 1000)}`);
  }
  for (const task of tasks) task.inside = task.inside.sort((a, b) => b.wallMs - a.wallMs).slice(0, 6);
  return tasks;
}

/** The window between two marks recorded on one thread, in trace µs. */
export function markWindow(events: TraceEvent[], startMark: string, endMark: string): { thread: [number, number]; from: number; to: number } {
  const start = events.find((e) => e.name === startMark);
  const end = events.find((e) => e.name === endMark && e.pid === start?.pid);
  if (!start || !end) throw new Error(`the trace holds no ${startMark} or ${endMark} mark`);
  return { thread: [start.pid, start.tid], from: start.ts, to: end.ts };
}

export const longestBy = (tasks: TraceTask[], key: 'wallMs' | 'threadMs'): TraceTask | null =>
  tasks.reduce<TraceTask | null>((a, t) => (!a || t[key] > a[key] ? t : a), null);

const r1 = (n: number) => Math.round(n * 10) / 10;

/** One line per task over `overMs` (thread or wall), with what ran inside it. */
export function describeTasks(tasks: TraceTask[], overMs: number): string {
  return tasks
    .filter((t) => t.threadMs > overMs || t.wallMs > overMs)
    .map((t) => `  @${r1(t.atMs)} ms ${t.name}: thread ${r1(t.threadMs)} ms, wall ${r1(t.wallMs)} ms; inside: ${t.inside.map((i) => `${i.name}${i.detail ? `(${i.detail.slice(-60)})` : ''} ${r1(i.wallMs)}`).join(', ')}${t.marks.length ? `; marks: ${t.marks.join(' ')}` : ''}`)
    .join('\n');
}
