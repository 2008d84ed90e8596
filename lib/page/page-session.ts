import type { Analysis, ArticleText } from '@/lib/analysis/types';
import type { CorrectionsBook } from '@/lib/corrections/book';
import type { PageReading } from '@/lib/messaging/background-protocol';
import type { HighlightState, LeanPageReport, PageReport, PageStage, PageTimings } from '@/lib/messaging/protocol';
import { createAnchorerInSlices, type Anchorer } from './anchor';
import { correctedView, type CorrectedView } from './corrected-view';
import { createHighlightPainter, type HighlightApi } from './highlight-painter';
import { ALL_MARKS, planHighlights, type MarkChoice } from './highlight-plan';
import { analysePage, stampStage, type Outcome } from './page-outcome';
import { FLASH_NAME } from './highlight-names';
import { paintOrder, type PaintGroup, type Painter } from './painter';
import { followView, MAX_PAINTED_RANGES, placeGroups, windowAround } from './paint-window';
import { createBudget, mapInSlices, yieldToPage } from './scheduler';
import { scrollToSegments } from './scroll';
import { createSpanLookup, lazySpanLookup, type AnchoredSpan, type SpanLookup } from './span-lookup';
import { installStyles, type HighlightRuleScope } from './styles';
import { buildTextIndexInSlices } from './text-index-slices';
import { isIndexLive, type TextIndex } from './text-index';
import { createWrapperPainter } from './wrapper-painter';

export interface ReportOptions {
  early?: boolean;
}

export interface PageSessionDeps {
  doc: Document;
  /** Extraction and analysis in the background (see page-outcome); extract + analyze if it fails. */
  readOffPage?(doc: Document, stamp: (stage: PageStage) => void): Promise<PageReading>;
  /** When the content script started (epoch ms), the first step of the sweeps' stage breakdown. */
  startedAt?: number;
  /** lib/extract's extractArticle; throws an error with kind 'no-article' when there is none. */
  extract(doc: Document): ArticleText | Promise<ArticleText>;
  /** May run elsewhere (the background) and so be asynchronous. */
  analyze(article: ArticleText): Analysis | Promise<Analysis>;
  /** null where the browser has no CSS Custom Highlight API: wrappers are used instead. */
  highlightApi: HighlightApi | null;
  /** 'root' where ::highlight() styles inherit (Chromium): see HighlightRuleScope. */
  highlightRuleScope?: HighlightRuleScope;
  setTimeout(handler: () => void, ms: number): unknown;
  flashMs?: number;
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /**
   * The stored on/off setting, read asynchronously: applied before any message is answered, so the
   * first report already says whether highlights are on.
   */
  initialHighlights?: Promise<boolean>;
  /** The stored choice of duplicate and boilerplate marks, applied before the first paint like the setting above. */
  initialMarks?: Promise<MarkChoice>;
  /** The reader's stored corrections, applied before the first paint like the setting above. */
  initialCorrections?: Promise<CorrectionsBook>;
  /** Called after every analysis and every change of what is painted (badge, hover card). */
  onChange?(session: PageSession): void;
  /**
   * Start analysing at once rather than on the first question: the content script is only injected
   * when the reader asked (click, shortcut, a site they chose), and this is the click's critical path.
   */
  analyseAtOnce?: boolean;
}

export interface PageSession {
  /**
   * The analysis and the highlights' state once any highlighting in progress is done; `early`: as
   * soon as the analysis exists, with `pending` highlights if they are still being painted.
   */
  report(options?: ReportOptions): Promise<PageReport>;
  /** The same, but without the analysis when the background keeps it (its key instead). */
  leanReport(options?: ReportOptions): Promise<PageReport | LeanPageReport>;
  setHighlights(enabled: boolean): Promise<HighlightState>;
  /** Which optional marks (duplicates, boilerplate) to paint while highlights are on; repaints if they changed. */
  setMarks(marks: MarkChoice): Promise<HighlightState>;
  reveal(start: number, end: number): Promise<boolean>;
  /** Takes the reader's corrections: repaints if this page's changed (colours, dismissed quotes). */
  setCorrections(book: CorrectionsBook): Promise<void>;
  /**
   * Analyses the page again (it changed) and, if the article or its nodes changed, re-anchors and
   * repaints; stale highlights go first. `clearFirst` removes them before analysing (navigation).
   * Resolves to whether anything changed.
   */
  refresh(options?: { clearFirst?: boolean }): Promise<boolean>;
  /**
   * The analysis once done, with the reader's corrections applied (null before, or when the page has
   * none). report() keeps the analysis as found: the panel applies the corrections itself.
   */
  analysis(): Analysis | null;
  /** Painted spans, in article order (empty while highlights are off). */
  painted(): readonly AnchoredSpan[];
  /** Which painted spans cover a DOM position. */
  lookup(): SpanLookup;
  /** Removes every trace from the page. */
  destroy(): void;
}

/** The page side of Quotelens: analyses once, anchors in slices, paints, reveals, and cleans up. */
export function createPageSession(deps: PageSessionDeps): PageSession {
  const { doc } = deps;
  const now = deps.now ?? (() => performance.now());
  const pause = deps.yieldToPage ?? (() => yieldToPage());
  const painter: Painter = deps.highlightApi ? createHighlightPainter(doc, deps.highlightApi) : createWrapperPainter(doc);
  const flashPainter = deps.highlightApi ? createHighlightPainter(doc, deps.highlightApi) : null;
  let outcome: Promise<Outcome> | null = null;
  let settled: Outcome | null = null;
  let index: TextIndex | null = null;
  let anchorer: Anchorer | null = null;
  let anchored: AnchoredSpan[] | null = null;
  let unanchored = 0;
  let shown: AnchoredSpan[] = [];
  let lookup: SpanLookup = createSpanLookup([]);
  let state: HighlightState = { enabled: false, painted: 0, unanchored: 0, method: 'none' };
  let timings: PageTimings = deps.startedAt !== undefined ? { at: { scriptStart: deps.startedAt } } : {};
  let styles: { remove(): void } | null = null;
  let flashing = false;
  let flashToken = 0;
  // The setting the page is currently painted for (null once cleared): the popup's message and the
  // stored setting's change both ask for the same state, and the second must not clear and repaint.
  let appliedFor: boolean | null = null;
  // The setting an apply() in progress is painting for (null when none is running): what an early report says.
  let applying: boolean | null = null;
  // The stored settings read at the start; an early report waits for them, not for painting.
  let initialised: Promise<unknown> = Promise.resolve();
  let book: CorrectionsBook | null = null;
  let marks: MarkChoice = ALL_MARKS;
  // Every kind is anchored once; the reader's choice only filters what is painted.
  const wanted = (kind: string) => (kind === 'duplicate' ? marks.duplicates : kind === 'boilerplate' ? marks.boilerplate : true);
  let view: { of: Analysis; book: CorrectionsBook | null; view: CorrectedView } | null = null;
  const viewOf = (analysis: Analysis): CorrectedView => {
    if (view?.of !== analysis || view.book !== book) view = { of: analysis, book, view: correctedView(analysis, book) };
    return view.view;
  };
  // One operation at a time: a toggle arriving mid-anchoring waits instead of interleaving.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  // The live page's text index, begun while the page waits for its reading (issue 11): the main
  // thread is idle then, and anchoring, the first thing done when the reading comes, needs the index.
  let indexAhead: Promise<TextIndex> | null = null;
  const buildIndex = () => buildTextIndexInSlices(doc.body ?? doc.documentElement, createBudget(undefined, now, pause));
  const readOffPageIndexing = deps.readOffPage && (async (page: Document, stamp: (stage: PageStage) => void) => {
    const onStage = (stage: PageStage) => {
      stamp(stage);
      if (stage !== 'sent') return;
      // Only where highlights will be painted (the stored setting, read at the start), and only while
      // the reading has not come yet.
      void initialised.then(() => {
        if (applying === true && settled === null && !indexAhead) indexAhead = buildIndex();
      });
    };
    return deps.readOffPage!(page, onStage);
  });

  const result = (): Promise<Outcome> => {
    outcome ??= analysePage({ doc, readOffPage: readOffPageIndexing, extract: deps.extract, analyze: deps.analyze, yieldToPage: pause, now }, timings).then(
      (done) => (settled = done),
    );
    return outcome;
  };

  /** The index built while waiting, if it is still the page's; else null (and it is dropped). */
  const takeIndexAhead = async (): Promise<TextIndex | null> => {
    const ahead = indexAhead;
    indexAhead = null;
    const built = ahead ? await ahead.catch(() => null) : null;
    return built && isIndexLive(built) ? built : null;
  };

  const wrapped = () => painter.method === 'wrappers' && (state.painted > 0 || flashing);

  /** Anchors every planned span in slices; again whenever the page replaced the nodes we used. */
  // Anchoring and painting share one budget: the page gets its thread back whenever a slice is spent,
  // never for nothing in between (each yield could let a frame render before the highlights are in).
  const anchorAll = async (ok: Extract<Outcome, { status: 'ok' }>, budget = createBudget(undefined, now, pause)): Promise<AnchoredSpan[]> => {
    if (anchored && index && (wrapped() || isIndexLive(index))) return anchored;
    let at = now();
    index = (await takeIndexAhead()) ?? (await buildTextIndexInSlices(doc.body ?? doc.documentElement, budget));
    timings.indexMs = Math.round(now() - at);
    at = now();
    await budget.check();
    const planned = planHighlights(ok.analysis);
    // Only the blocks up to the last span: placing each block searches the page's text, and an
    // article analysed in part has thousands of blocks beyond what the analysis covers.
    const last = planned.reduce((max, span) => Math.max(max, span.end), 0);
    const blocks = ok.article.blocks.filter((b) => b.start < last);
    const made = (anchorer = await createAnchorerInSlices(ok.article.text, blocks, index, budget));
    const found = await mapInSlices(planned, (span) => {
      const segments = made.anchor(span.start, span.end);
      return segments ? { ...span, segments } : null;
    }, budget);
    timings.anchorMs = Math.round(now() - at);
    stampStage(timings, 'anchored');
    timings.longestSliceMs = Math.round(budget.longest());
    anchored = found.filter((s): s is AnchoredSpan => s !== null);
    unanchored = found.length - anchored.length;
    return anchored;
  };

  const syncStyles = () => {
    const needed = state.painted > 0 || flashing;
    // Light or dark tints from the background behind the article's first anchored span.
    if (needed && !styles) styles = installStyles(doc, anchored?.[0]?.segments[0]?.node, deps.highlightRuleScope);
    if (!needed && styles) {
      styles.remove();
      styles = null;
    }
  };

  const clearAll = () => {
    flashToken++;
    flashPainter?.clear();
    painter.clear();
    flashing = false;
    appliedFor = null;
    shown = [];
    lookup = createSpanLookup([]);
    state = { ...state, painted: 0, method: 'none' };
  };

  const apply = async (enabled: boolean): Promise<HighlightState> => {
    applying = enabled;
    try {
      return await applyNow(enabled);
    } finally {
      applying = null;
    }
  };

  const applyNow = async (enabled: boolean): Promise<HighlightState> => {
    const ok = await result();
    // A pending flash goes too: switching off must leave nothing of ours on the page.
    clearAll();
    state = { ...state, enabled };
    if (ok.status === 'ok' && enabled) {
      const budget = createBudget(undefined, now, pause);
      const spans = viewOf(ok.analysis).restyle(await anchorAll(ok, budget)).filter((span) => wanted(span.kind));
      await budget.check();
      if (state.enabled) {
        const at = now();
        // The state says painted at once (hover and lookup know every span); the ranges follow in
        // slices, the reader's view first. A clear meanwhile (switch-off, refresh) drops the rest.
        state = { ...state, painted: spans.length, unanchored, method: painter.method };
        shown = [...spans].sort((a, b) => a.start - b.start);
        // Built when first asked (a hover): on an enormous page it is thousands of entries.
        lookup = lazySpanLookup(shown);
        if (painter.paintInSlices) {
          let placed: ReturnType<typeof placeGroups> | null = null;
          const window = {
            choose: () => windowAround(spans, MAX_PAINTED_RANGES, (placed ??= placeGroups(spans))),
            onMove: (moved: () => void) => followView(doc, moved, deps.setTimeout),
            budget: () => createBudget(undefined, now, pause),
          };
          // An async function runs up to its first await at once: the first slice belongs to this task.
          // Its own slice: adding ranges is quick, and a page of a few hundred is painted in this task
          // rather than after a frame (our work in one task stays within two slices, under 50 ms).
          const paintBudget = createBudget(undefined, now, pause);
          const painted = painter.paintInSlices(spans, { budget: paintBudget, order: paintOrder, window });
          timings.paintMs = Math.round(now() - at);
          stampStage(timings, 'painted');
          void painted.then(() => {
            timings.paintTotalMs = Math.round(now() - at);
            stampStage(timings, 'paintedAll');
            timings.longestSliceMs = Math.max(timings.longestSliceMs ?? 0, Math.round(paintBudget.longest()));
          });
        } else {
          painter.paint(spans);
          timings.paintMs = Math.round(now() - at);
          stampStage(timings, 'painted');
          stampStage(timings, 'paintedAll');
        }
      }
    } else if (ok.status === 'ok') state = { ...state, unanchored };
    syncStyles();
    appliedFor = enabled;
    deps.onChange?.(session);
    return { ...state };
  };

  const set = async (enabled: boolean): Promise<HighlightState> => {
    if (appliedFor === enabled && state.enabled === enabled && (!index || wrapped() || isIndexLive(index))) return { ...state };
    return apply(enabled);
  };

  const endFlash = (token: number) => {
    if (token !== flashToken) return;
    flashing = false;
    if (flashPainter) flashPainter.clear();
    else if (state.enabled) painter.paint(shown);
    else painter.clear();
    syncStyles();
  };

  const reveal = async (start: number, end: number): Promise<boolean> => {
    const ok = await result();
    if (ok.status !== 'ok') return false;
    await anchorAll(ok);
    // Anchor on the index just built; the span may be any part of the text, not only a painted one.
    const segments = anchorer?.anchor(start, end) ?? null;
    if (!segments) return false;
    const flash: PaintGroup = { name: FLASH_NAME, segments };
    flashing = true;
    syncStyles();
    if (flashPainter) flashPainter.paint([flash]);
    else painter.paint(state.enabled ? [...shown, flash] : [flash]);
    const scrolled = scrollToSegments(doc.defaultView ?? window, segments, flashPainter ? null : painter);
    const token = ++flashToken;
    deps.setTimeout(() => endFlash(token), deps.flashMs ?? 1200);
    return scrolled;
  };

  const report = async (): Promise<PageReport> => {
    const ok = await result();
    const highlights: HighlightState = applying === null ? { ...state } : { ...state, enabled: applying, pending: true };
    return ok.status === 'ok' ? { status: 'ok', analysis: ok.analysis, highlights, timings: { ...timings } } : ok;
  };

  // The panel then takes the analysis from the background, so the page never serialises it.
  const leanReport = async (): Promise<PageReport | LeanPageReport> => {
    const full = await report();
    const key = settled?.status === 'ok' ? settled.readingKey : undefined;
    if (full.status !== 'ok' || !key) return full;
    const { analysis: _kept, ...rest } = full;
    return { ...rest, readingKey: key };
  };
  // Early: in a task of its own once the analysis is in, not behind painting.
  const whenAnalysed = <T>(answer: () => Promise<T>) => Promise.all([initialised, result()]).then(pause).then(answer);

  const session: PageSession = {
    report: ({ early = false } = {}) => (early ? whenAnalysed(report) : serial(report)),
    leanReport: ({ early = false } = {}) => (early ? whenAnalysed(leanReport) : serial(leanReport)),
    setHighlights: (enabled) => serial(() => set(enabled)),
    setMarks: (next) =>
      serial(async () => {
        const changed = next.duplicates !== marks.duplicates || next.boilerplate !== marks.boilerplate;
        marks = { duplicates: next.duplicates, boilerplate: next.boilerplate };
        if (changed && state.enabled && appliedFor !== null) return apply(true);
        return { ...state };
      }),
    reveal: (start, end) => serial(() => reveal(start, end)),
    refresh: (options = {}) =>
      serial(async () => {
        if (options.clearFirst) {
          clearAll();
          syncStyles();
        }
        const previous = settled;
        const fresh: PageTimings = {};
        const next = await analysePage({ doc, readOffPage: deps.readOffPage, extract: deps.extract, analyze: deps.analyze, yieldToPage: pause, now }, fresh);
        const same = previous?.status === next.status && (next.status !== 'ok' || (previous as typeof next).article.text === next.article.text);
        if (same && !options.clearFirst && (!index || wrapped() || isIndexLive(index))) return false;
        // Stale highlights go before the new ones are anchored.
        clearAll();
        syncStyles();
        outcome = Promise.resolve(next);
        settled = next;
        anchored = null;
        index = null;
        anchorer = null;
        timings = fresh;
        await apply(state.enabled);
        return true;
      }),
    setCorrections: (next) =>
      serial(async () => {
        const ok = await result();
        const before = ok.status === 'ok' ? viewOf(ok.analysis).key : null;
        book = next;
        if (ok.status !== 'ok' || viewOf(ok.analysis).key === before) return;
        if (state.enabled) await apply(true);
        else deps.onChange?.(session);
      }),
    analysis: () => (settled?.status === 'ok' ? viewOf(settled.analysis).analysis : null),
    painted: () => shown,
    lookup: () => lookup,
    destroy() {
      clearAll();
      syncStyles();
    },
  };
  const { initialHighlights, initialCorrections, initialMarks } = deps;
  if (deps.analyseAtOnce) void result();
  if (initialHighlights || initialCorrections || initialMarks) {
    // All three are read at once (each is a storage round trip), before the first paint.
    const settings = Promise.all([
      initialCorrections?.catch(() => null),
      initialMarks?.catch(() => ALL_MARKS),
      initialHighlights?.catch(() => true),
    ]);
    initialised = settings.then(([storedBook, storedMarks, enabled]) => {
      if (initialCorrections) book = storedBook ?? null;
      if (initialMarks) marks = storedMarks ?? ALL_MARKS;
      if (enabled !== undefined) applying = enabled;
    });
    void serial(async () => {
      await initialised;
      if (applying !== null) await apply(applying);
    }).catch(() => undefined);
  }
  return session;
}
