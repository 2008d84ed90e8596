import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Quote, Span } from '@/lib/analysis/types';
import { applyCorrections, quoteRef, type CorrectedAnalysis } from '@/lib/corrections/apply-corrections';
import { addCorrection, correctionsFor, emptyBook, removeCorrection, type CorrectionsBook } from '@/lib/corrections/book';
import type { Correction, SpeakerRef } from '@/lib/corrections/types';
import type { HighlightState } from '@/lib/messaging/protocol';
import { findTargetTab, type TargetTab } from '@/lib/panel/active-tab';
import type { PanelDeps } from '@/lib/panel/deps';
import { runExport, type ExportFormat } from '@/lib/panel/export-actions';
import { loadView, viewOfReport, type LoadResult, type PanelView } from '@/lib/panel/load-view';
import { judgeLine, siteMemoryChange, type SiteMemoryChange, type SiteMemoryDeps } from '@/lib/panel/site-memory-actions';
import { strings } from '@/lib/panel/strings';
import { colorsAfterCorrections } from '@/lib/speaker-colors';

export type { PanelView } from '@/lib/panel/load-view';
export { viewOfReport } from '@/lib/panel/load-view';

/** Where the summary is shown: the toolbar popup or the browser's side panel / sidebar. */
export type Surface = 'popup' | 'sidepanel';

export interface PanelState {
  surface: Surface;
  /** The browser has a side panel (Chrome) or sidebar (Firefox) we can open from the popup. */
  canOpenSidePanel: boolean;
  view: PanelView;
  tabId: number | null;
  windowId: number | null;
  highlights: HighlightState | null;
  /** True while a highlights change is on its way to the page. */
  highlightsBusy: boolean;
  /** A passing problem (a reveal or toggle that failed) shown without leaving the summary. */
  notice: string | null;
  /** A passing confirmation ("Copied"), announced politely. */
  status: string | null;
  /** The reader's corrections of every page; the current page's are applied to the view. */
  book: CorrectionsBook | null;
  /** The ready view's analysis with the reader's corrections applied; null until ready. */
  corrected: CorrectedAnalysis | null;
  /** Palette index per speaker: the page's order, so corrections never repaint other speakers. */
  colors: Map<string, number>;
  /** Finds the tab (explicit ?tabId= or the active one) and loads its report; `early`: already under way. */
  load(search: string, early?: EarlyLoad): Promise<void>;
  /** Loads the report of a given tab (the side panel following the active tab). */
  loadTab(tabId: number): Promise<void>;
  setHighlights(enabled: boolean): Promise<void>;
  /** Asks the page to scroll to a span of the analysis text and flash it. */
  reveal(span: Span): Promise<void>;
  /** Sets a quote's speaker (null: unknown) or dismisses it; stored for this page. */
  correct(quote: Quote, change: { dismiss: true } | { speaker: SpeakerRef | null }): Promise<void>;
  undoCorrection(quoteId: string): Promise<void>;
  /** Takes the stored corrections (from storage or another surface's change). */
  setBook(book: CorrectionsBook): void;
  exportAs(format: ExportFormat): Promise<void>;
  /** Opens the side panel for this window; called straight from the click (user gesture). True when it opened. */
  openSidePanel(): Promise<boolean>;
  /** True while a change of the site's memory is saved and the page analysed again. */
  memoryBusy: boolean;
  /** The reader's verdict on a line for this site (true: boilerplate, false: content); the page is re-analysed. */
  judgeLine(text: string, boilerplate: boolean): Promise<void>;
  /** Forgets this site's memory ('site') or every site's ('all'); the page is re-analysed. */
  changeSiteMemory(change: SiteMemoryChange): Promise<void>;
}

export type PanelStore = StoreApi<PanelState>;

/** A first load begun before the store existed (the popup's first lines): its tab and its result. */
export interface EarlyLoad {
  target: Promise<TargetTab | null>;
  /** The tab's view, loaded as loadView would; null when there was no tab. */
  view: Promise<LoadResult | null>;
  /** The corrections book, read meanwhile; null when it could not be (the store reads it again). */
  book?: Promise<CorrectionsBook | null>;
}

export function createPanelStore(deps: PanelDeps & Partial<SiteMemoryDeps>, initial?: Partial<PanelState>): PanelStore {
  // Tab switches can overlap; only the latest load may set the view.
  let loadSeq = 0;
  const store = createStore<PanelState>()((set, get) => {
    const recompute = (patch: Partial<PanelState>) => {
      const next = { ...get(), ...patch };
      const corrected =
        next.view.kind === 'ready'
          ? applyCorrections(next.view.analysis, next.book ? correctionsFor(next.book, next.view.analysis.source) : [])
          : null;
      const colors = next.view.kind === 'ready' && corrected ? colorsAfterCorrections(next.view.analysis, corrected.analysis) : new Map();
      set({ ...patch, corrected, colors });
    };

    const loadTarget = async (find: () => ReturnType<typeof findTargetTab>, early?: Omit<EarlyLoad, 'target'>) => {
      const seq = ++loadSeq;
      set({ view: { kind: 'loading' }, notice: null, status: null, highlights: null, corrected: null });
      // Read while the tab is found and its report comes, not before: the summary waits for neither.
      const stored = get().book;
      const bookRead = stored ? Promise.resolve(stored) : (early?.book ?? Promise.resolve(null)).then((book) => book ?? deps.corrections.getValue());
      let target: TargetTab | null;
      try {
        target = await find();
      } catch {
        target = null;
      }
      const book = await bookRead;
      if (seq !== loadSeq) return;
      if (!target) return recompute({ view: { kind: 'error', message: strings.noTab }, tabId: null, book });
      set({ tabId: target.tabId, windowId: target.windowId ?? get().windowId });
      const result = (await early?.view) ?? (await loadView(deps, target, get().surface === 'popup'));
      if (seq !== loadSeq) return;
      recompute({ ...result, book });
      if (get().surface === 'popup' && result.view.kind === 'ready') void deps.notifyTabReady(target.tabId);
      if (result.highlights?.pending) void settleHighlights(seq, target.tabId);
    };

    /**
     * The summary came early, while the page painted: take the final highlight counts once it is done.
     * Asked as "apply the setting shown" (answered after the painting in progress, with the counts
     * only), not as a second report: that would copy the whole analysis again, a long task on a large page.
     */
    const settleHighlights = async (seq: number, tabId: number) => {
      const asked = get().highlights;
      if (!asked) return;
      let final: HighlightState;
      try {
        final = await deps.send('setHighlights', { enabled: asked.enabled }, tabId);
      } catch {
        return;
      }
      // Not if another tab was loaded or the reader toggled highlights meanwhile: theirs is newer.
      if (final && seq === loadSeq && get().highlights === asked && !get().highlightsBusy) set({ highlights: final });
    };

    const saveBook = async (change: (book: CorrectionsBook, url: string) => CorrectionsBook) => {
      const { view } = get();
      if (view.kind !== 'ready') return;
      const before = get().book ?? (await deps.corrections.getValue());
      const url = view.analysis.source;
      // Shown at once; stored by changing the latest stored book, so a correction made meanwhile in
      // the side panel or another window is kept too.
      recompute({ book: change(before, url), notice: null });
      try {
        recompute({ book: await deps.corrections.update((stored) => change(stored, url)) });
      } catch {
        recompute({ book: before, notice: strings.correctionFailed });
      }
    };

    /** Saves a change of the site memory, then has the page analyse again and shows its new report. */
    const changeMemory = async (change: (url: string) => ReturnType<typeof siteMemoryChange>) => {
      const { view, tabId } = get();
      if (view.kind !== 'ready' || tabId == null || get().memoryBusy) return;
      set({ memoryBusy: true, notice: null });
      try {
        await change(view.analysis.source);
        const result = viewOfReport(await deps.send('refresh', undefined, tabId));
        if (tabId === get().tabId) recompute({ ...result, memoryBusy: false });
        else set({ memoryBusy: false });
      } catch {
        set({ memoryBusy: false, notice: strings.siteMemoryFailed });
      }
    };

    return {
      surface: 'popup',
      memoryBusy: false,
      canOpenSidePanel: Boolean(deps.canOpenSidePanel),
      view: { kind: 'loading' },
      tabId: null,
      windowId: null,
      highlights: null,
      highlightsBusy: false,
      notice: null,
      status: null,
      book: null,
      corrected: null,
      colors: new Map(),

      load: (search, early) => (early ? loadTarget(() => early.target, early) : loadTarget(() => findTargetTab(search, deps.tabs))),
      loadTab: (tabId) => loadTarget(() => findTargetTab(`?tabId=${tabId}`, deps.tabs)),

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

      correct(quote, change) {
        const correction: Correction =
          'dismiss' in change ? { action: 'dismiss', quote: quoteRef(quote) } : { action: 'reassign', quote: quoteRef(quote), speaker: change.speaker };
        return saveBook((book, url) => addCorrection(book, url, correction, deps.now().getTime()));
      },

      undoCorrection(quoteId) {
        return saveBook((book, url) => removeCorrection(book, url, quoteId, deps.now().getTime()));
      },

      setBook(book) {
        recompute({ book });
      },

      async exportAs(format) {
        const { corrected } = get();
        if (!corrected) return;
        try {
          await runExport(deps, corrected.analysis, format);
          set({ status: strings.exportDone[format], notice: null });
        } catch {
          set({ status: null, notice: strings.exportFailed });
        }
      },

      openSidePanel() {
        // No await before this call: the browser only opens panels inside the click's gesture.
        const opening = deps.openSidePanel(get().windowId);
        return opening.then(
          () => (set({ notice: null }), true),
          () => (set({ notice: strings.sidePanelFailed }), false),
        );
      },

      judgeLine: (text, boilerplate) => changeMemory((url) => judgeLine(deps, url, text, boilerplate)),
      changeSiteMemory: (change) => changeMemory((url) => siteMemoryChange(deps, url, change)),
      ...initial,
    };
  });
  // A store made with a ready view (tests, or a surface handed a report) shows it straight away.
  const state = store.getState();
  if (state.view.kind === 'ready' && !state.corrected) state.setBook(state.book ?? emptyBook());
  return store;
}
