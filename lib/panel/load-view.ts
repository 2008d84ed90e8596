import type { Analysis } from '@/lib/analysis/types';
import { fromSentReading } from '@/lib/messaging/background-protocol';
import type { HighlightState, LeanPageReport, PageReport } from '@/lib/messaging/protocol';
import { isLeanPageReport, isPageReport } from '@/lib/messaging/validate';
import { isSentReading } from '@/lib/messaging/validate-article';
import type { TargetTab } from '@/lib/panel/active-tab';
import type { ClickReading, PanelDeps } from '@/lib/panel/deps';
import { isAccessError, restrictionOf, type RestrictionReason } from '@/lib/panel/restricted-url';
import { strings } from '@/lib/panel/strings';

/** What the body shows: exactly one of these at a time. */
export type PanelView =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictionReason }
  /** Side panel only: the page has not been opened with the toolbar button, so we may not read it. */
  | { kind: 'needs-click' }
  | { kind: 'no-article'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; analysis: Analysis };

export interface LoadResult {
  view: PanelView;
  highlights: HighlightState | null;
}

/** What loading a view needs of the browser. */
export type LoadDeps = Pick<PanelDeps, 'injectContentScript' | 'send' | 'fetchReading' | 'fileAccessAllowed'> & Partial<Pick<PanelDeps, 'clickReading'>>;

// Long articles take a moment to analyse; past this the page is treated as not answering.
export const REPORT_TIMEOUT_MS = 20_000;

/**
 * Asks a tab for its report. The popup has the reader's click (activeTab) and injects the content
 * script first; the side panel has no grant of its own, so it only asks a script that is already
 * there, and any silence means "click the toolbar button on this page".
 */
export async function loadView(deps: LoadDeps, target: TargetTab, inject: boolean): Promise<LoadResult> {
  if (!inject || !deps.clickReading) return loadFromPage(deps, target, inject);
  // The popup: the page's report and the click's reading straight from the reader (issue 11), the
  // first to answer. The reader's answer is there first whenever this click started a reading; the
  // page's when it was read before (no new reading comes), or could not be (restricted, refused).
  let answered = false;
  const fromPage = loadFromPage(deps, target, true, () => answered);
  const fromReader = deps.clickReading(target.tabId).then(viewOfClickReading, () => null);
  const first = await Promise.race([fromPage, fromReader.then((view) => view ?? fromPage)]);
  answered = true;
  return first;
}

/**
 * A click's reading as the popup shows it. The page paints it with the stored setting, so that is what
 * the switch shows, `pending` until the page has painted (the store then asks for the final counts).
 */
export function viewOfClickReading({ reading, highlightsOn }: ClickReading): LoadResult | null {
  const made = isSentReading(reading) ? fromSentReading(reading) : null;
  if (!made) return null;
  if (made.status !== 'ok') return { view: { kind: 'no-article', message: made.message || strings.noArticleHint }, highlights: null };
  const highlights: HighlightState = { enabled: highlightsOn, painted: 0, unanchored: 0, method: 'none', pending: true };
  return { view: { kind: 'ready', analysis: made.analysis }, highlights };
}

/** The page's report, asked of its content script (`superseded`: another answer was taken meanwhile). */
async function loadFromPage(deps: LoadDeps, target: TargetTab, inject: boolean, superseded = () => false): Promise<LoadResult> {
  const none = (view: PanelView): LoadResult => ({ view, highlights: null });
  try {
    const reason = restrictionOf(target.url, await deps.fileAccessAllowed());
    if (reason) return none({ kind: 'restricted', reason });
    if (inject) {
      try {
        await deps.injectContentScript(target.tabId);
      } catch (error) {
        const message = messageOf(error);
        return none(isAccessError(message) ? { kind: 'restricted', reason: 'no-access' } : { kind: 'error', message });
      }
    }
    let report: PageReport | LeanPageReport | undefined;
    try {
      // Early: the summary shows the moment the analysis exists, while the page is still painting.
      // Lean: the analysis comes from the background, not serialised on the page's main thread.
      report = await withTimeout(deps.send('getReport', { early: true, lean: true }, target.tabId), REPORT_TIMEOUT_MS);
    } catch (error) {
      if (!inject) return none({ kind: 'needs-click' });
      throw error;
    }
    if (!inject && report === undefined) return none({ kind: 'needs-click' });
    // Not fetched again when the reader's answer was taken: a long article's copy is a long task.
    if (superseded()) return none({ kind: 'loading' });
    return viewOfReport(isLeanPageReport(report) ? await withKeptAnalysis(deps, target.tabId, report) : report);
  } catch (error) {
    return none({ kind: 'error', message: messageOf(error) });
  }
}

/**
 * A lean report made whole with the analysis the background keeps; when it no longer has it (the
 * service worker was restarted) the page is asked for its full report.
 */
async function withKeptAnalysis(deps: LoadDeps, tabId: number, lean: LeanPageReport): Promise<PageReport | undefined> {
  const kept = await deps.fetchReading(tabId, lean.readingKey).catch(() => null);
  const reading = isSentReading(kept) ? fromSentReading(kept) : null;
  if (reading?.status === 'ok' && reading.key === lean.readingKey) {
    const { readingKey: _used, ...report } = lean;
    return { ...report, analysis: reading.analysis };
  }
  // Without `lean` the page always answers in full.
  return (await withTimeout(deps.send('getReport', { early: true }, tabId), REPORT_TIMEOUT_MS)) as PageReport | undefined;
}

/** Turns the content script's answer into a view; an answer of the wrong shape is an error. */
export function viewOfReport(report: PageReport | undefined): LoadResult {
  if (!isPageReport(report)) return { view: { kind: 'error', message: strings.noAnswer }, highlights: null };
  if (report.status === 'ok') return { view: { kind: 'ready', analysis: report.analysis }, highlights: report.highlights };
  if (report.status === 'no-article') {
    return { view: { kind: 'no-article', message: report.message || strings.noArticleHint }, highlights: null };
  }
  return { view: { kind: 'error', message: report.message || strings.errorHint }, highlights: null };
}

// "No response" (webext-core) and "Receiving end does not exist" (Chrome) both mean nobody listened.
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/no response|receiving end does not exist|could not establish connection/i.test(message)) return strings.noAnswer;
  return message || strings.errorHint;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(strings.noAnswer)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}
