import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Analysis, Span } from '@/lib/analysis/types';
import type { HighlightState, PageReport } from '@/lib/messaging/protocol';
import { findTargetTab } from '@/lib/panel/active-tab';
import type { PanelDeps } from '@/lib/panel/deps';
import { isAccessError, restrictionOf, type RestrictionReason } from '@/lib/panel/restricted-url';
import { strings } from '@/lib/panel/strings';

/** What the popup body shows: exactly one of these at a time. */
export type PanelView =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictionReason }
  | { kind: 'no-article'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; analysis: Analysis };

export interface PanelState {
  view: PanelView;
  tabId: number | null;
  highlights: HighlightState | null;
  /** True while a highlights change is on its way to the page. */
  highlightsBusy: boolean;
  /** A passing problem (a reveal or toggle that failed) shown without leaving the summary. */
  notice: string | null;
  /** Finds the tab, injects the content script and asks it for the page report. */
  load(search: string): Promise<void>;
  setHighlights(enabled: boolean): Promise<void>;
  /** Asks the page to scroll to a span of the analysis text and flash it. */
  reveal(span: Span): Promise<void>;
}

export type PanelStore = StoreApi<PanelState>;

// Long articles take a moment to analyse; past this the page is treated as not answering.
const REPORT_TIMEOUT_MS = 20_000;

export function createPanelStore(deps: PanelDeps, initial?: Partial<PanelState>): PanelStore {
  return createStore<PanelState>()((set, get) => ({
    view: { kind: 'loading' },
    tabId: null,
    highlights: null,
    highlightsBusy: false,
    notice: null,

    async load(search) {
      set({ view: { kind: 'loading' }, notice: null });
      set(await loadView(deps, search));
    },

    async setHighlights(enabled) {
      const { tabId, highlights } = get();
      if (tabId == null || !highlights) return;
      set({ highlights: { ...highlights, enabled }, highlightsBusy: true, notice: null });
      try {
        await deps.highlightsSetting.setValue(enabled);
        const state = await deps.send('setHighlights', { enabled }, tabId);
        set({ highlights: state, highlightsBusy: false });
      } catch {
        set({ highlights, highlightsBusy: false, notice: strings.highlightsFailed });
      }
    },

    async reveal(span) {
      const { tabId } = get();
      if (tabId == null) return;
      try {
        const found = await deps.send('reveal', { start: span.start, end: span.end }, tabId);
        set({ notice: found ? null : strings.revealFailed });
      } catch {
        set({ notice: strings.revealFailed });
      }
    },
    ...initial,
  }));
}

type LoadResult = Pick<PanelState, 'view' | 'tabId' | 'highlights'>;

async function loadView(deps: PanelDeps, search: string): Promise<LoadResult> {
  let tabId: number | null = null;
  try {
    const target = await findTargetTab(search, deps.tabs);
    if (!target) return { view: { kind: 'error', message: strings.noTab }, tabId, highlights: null };
    tabId = target.tabId;
    const reason = restrictionOf(target.url, await deps.fileAccessAllowed());
    if (reason) return { view: { kind: 'restricted', reason }, tabId, highlights: null };
    try {
      await deps.injectContentScript(tabId);
    } catch (error) {
      const message = messageOf(error);
      if (isAccessError(message)) return { view: { kind: 'restricted', reason: 'no-access' }, tabId, highlights: null };
      return { view: { kind: 'error', message }, tabId, highlights: null };
    }
    const report = await withTimeout(deps.send('getReport', undefined, tabId), REPORT_TIMEOUT_MS);
    return { ...viewOfReport(report), tabId };
  } catch (error) {
    return { view: { kind: 'error', message: messageOf(error) }, tabId, highlights: null };
  }
}

/** Turns the content script's answer into a view; an answer of the wrong shape is an error. */
export function viewOfReport(report: PageReport | undefined): Omit<LoadResult, 'tabId'> {
  if (report?.status === 'ok' && report.analysis) {
    return { view: { kind: 'ready', analysis: report.analysis }, highlights: report.highlights ?? null };
  }
  if (report?.status === 'no-article') {
    return { view: { kind: 'no-article', message: report.message || strings.noArticleHint }, highlights: null };
  }
  if (report?.status === 'error') {
    return { view: { kind: 'error', message: report.message || strings.errorHint }, highlights: null };
  }
  return { view: { kind: 'error', message: strings.noAnswer }, highlights: null };
}

// "No response" (webext-core) and "Receiving end does not exist" (Chrome) both mean nobody listened.
function messageOf(error: unknown): string {
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
