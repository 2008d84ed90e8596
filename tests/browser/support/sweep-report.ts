import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STAGES, type StageFigures } from './sweep-stages';

/** What one page of the sweep measured; written per browser to test-results/corpus-sweep-<browser>.json. */
export interface PageFigures extends StageFigures {
  slug: string;
  bytes: number;
  status: 'ok' | 'no-article' | 'error' | 'no-answer';
  message?: string;
  quotes: number;
  /** Spans the content script says it painted (quotes + officials), and ranges seen in CSS.highlights. */
  painted: number;
  rangesInPage: number;
  unanchored: number;
  /** From the click to the first of our highlights in the page; null when nothing was painted. */
  clickToPaintMs: number | null;
  /** The longest main-thread task from the click to shortly after painting (trace); null if not measurable. */
  longestTaskMs: number | null;
  longestTaskName?: string;
  tasksOver50: number | null;
  /** Longest gap of a 0 ms timer chain in the page over the same period: an upper bound, ±4 ms. */
  maxGapMs: number | null;
  restored: boolean;
  /** How the restored outerHTML differs, when it does (first differing offset and excerpts). */
  diff?: string;
  pageErrors: number;
  extensionErrors: string[];
  requests: number;
  /** The page's own requests to other hosts: blocked on this machine, none of them ours. */
  blockedPageRequests: number;
  requestsAfterClick: string[];
  extensionRequests: string[];
  totalMs: number;
  /** Where the sweep's own time went (page load, stopping the trace, ...). */
  phasesMs?: Record<string, number>;
}

const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : round((s[mid - 1] + s[mid]) / 2);
};

export interface SweepSummary {
  pages: number;
  withQuotes: number;
  clickToPaint: { median: number | null; worst: number | null; worstPage: string | null };
  longestTask: { median: number | null; worst: number | null; worstPage: string | null; pagesOver50: number };
  /** The same click to the last highlight painted (the content script's own stamp). */
  clickToAllPainted: { median: number | null; worst: number | null; worstPage: string | null };
  /** The reading back in the page -> the popup shows the summary (where the popup can be read). */
  popupShown: { median: number | null; worst: number | null };
  /** Each stage's median over the pages where it was measured. */
  stageMedians: Record<string, number | null>;
  failures: string[];
}

export function summarise(figures: PageFigures[], failures: string[]): SweepSummary {
  const painted = figures.filter((f) => f.clickToPaintMs != null);
  const timed = figures.filter((f) => f.longestTaskMs != null);
  const worstPaint = [...painted].sort((a, b) => b.clickToPaintMs! - a.clickToPaintMs!)[0];
  const worstTask = [...timed].sort((a, b) => b.longestTaskMs! - a.longestTaskMs!)[0];
  return {
    pages: figures.length,
    withQuotes: figures.filter((f) => f.quotes > 0).length,
    clickToPaint: {
      median: median(painted.map((f) => f.clickToPaintMs!)),
      worst: worstPaint?.clickToPaintMs ?? null,
      worstPage: worstPaint?.slug ?? null,
    },
    longestTask: {
      median: median(timed.map((f) => f.longestTaskMs!)),
      worst: worstTask?.longestTaskMs ?? null,
      worstPage: worstTask?.slug ?? null,
      pagesOver50: timed.filter((f) => f.longestTaskMs! > 50).length,
    },
    clickToAllPainted: worstOf(figures, (f) => f.clickToAllPainted),
    popupShown: (({ median: m, worst }) => ({ median: m, worst }))(worstOf(figures, (f) => f.stages.popupShown)),
    stageMedians: Object.fromEntries(STAGES.map((s) => [s, median(figures.map((f) => f.stages[s]).filter((v): v is number => v != null))])),
    failures,
  };
}

function worstOf(figures: PageFigures[], pick: (f: PageFigures) => number | null) {
  const known = figures.filter((f) => pick(f) != null);
  const worst = [...known].sort((a, b) => pick(b)! - pick(a)!)[0];
  return { median: median(known.map((f) => pick(f)!)), worst: worst ? pick(worst) : null, worstPage: worst?.slug ?? null };
}

/** One row per page and a row of medians: where the click's time went, stage by stage (ms). */
function stageTable(figures: PageFigures[], summary: SweepSummary): string[] {
  const header = ['page', ...STAGES, 'received', 'allPainted', 'popup'];
  const rows = figures.map((f) => [f.slug, ...STAGES.map((s) => cell(f.stages[s])), cell(f.clickToReceived), cell(f.clickToAllPainted), cell(f.clickToPopupShown)]);
  const totals = (pick: (f: PageFigures) => number | null) => cell(median(figures.map(pick).filter((v): v is number => v != null)));
  rows.push(['median', ...STAGES.map((s) => cell(summary.stageMedians[s])), totals((f) => f.clickToReceived), totals((f) => f.clickToAllPainted), totals((f) => f.clickToPopupShown)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  return ['stages (ms; received, allPainted and popup are from the click):', line(header), ...rows.map(line)];
}

const cell = (v: unknown) => (v == null ? 'n/a' : String(v));

/** Saves the figures and prints one compact line per page plus the summary. */
export function writeSweepReport(browser: string, meta: Record<string, unknown>, figures: PageFigures[], failures: string[]): string {
  const summary = summarise(figures, failures);
  const dir = resolve('test-results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `corpus-sweep-${browser}.json`);
  writeFileSync(file, `${JSON.stringify({ browser, ...meta, summary, pages: figures }, null, 1)}\n`);
  const header = ['page', 'KB', 'status', 'quotes', 'painted', 'unanch', 'click→paint', 'longest', 'maxGap', 'restored', 'extErr', 'extReq', 'blocked'];
  const rows = figures.map((f) => [
    f.slug,
    Math.round(f.bytes / 1024),
    f.status,
    f.quotes,
    f.painted,
    f.unanchored,
    cell(f.clickToPaintMs),
    cell(f.longestTaskMs),
    cell(f.maxGapMs),
    f.restored ? 'yes' : 'NO',
    f.extensionErrors.length,
    f.extensionRequests.length,
    f.blockedPageRequests,
  ].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const lines = [
    `Quotelens corpus sweep (${browser}) -> ${file}`,
    line(header),
    ...rows.map(line),
    `pages ${summary.pages}, with quotes ${summary.withQuotes}; click→paint median ${cell(summary.clickToPaint.median)} ms, worst ${cell(summary.clickToPaint.worst)} ms (${cell(summary.clickToPaint.worstPage)}); ` +
      `longest task median ${cell(summary.longestTask.median)} ms, worst ${cell(summary.longestTask.worst)} ms (${cell(summary.longestTask.worstPage)}), pages over 50 ms ${summary.longestTask.pagesOver50}`,
  ];
  lines.push(
    ...stageTable(figures, summary),
    `click→all painted median ${cell(summary.clickToAllPainted.median)} ms, worst ${cell(summary.clickToAllPainted.worst)} ms (${cell(summary.clickToAllPainted.worstPage)}); ` +
      `reading received→popup shows the summary median ${cell(summary.popupShown.median)} ms, worst ${cell(summary.popupShown.worst)} ms; ` +
      `in the popup, report in→summary shown median ${cell(summary.stageMedians.popupRender)} ms, report in→whole panel median ${cell(summary.stageMedians.popupPanel)} ms`,
  );
  if (failures.length) lines.push(`failures: ${failures.join('; ')}`);
  console.log(lines.join('\n'));
  return file;
}

/** Where two snapshots first differ, briefly, so a failed restore says what changed. */
export function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i} of ${a.length}/${b.length}: before ${JSON.stringify(a.slice(i, i + 80))} after ${JSON.stringify(b.slice(i, i + 80))}`;
}

export { round };
