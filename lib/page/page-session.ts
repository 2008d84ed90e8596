import type { Analysis, ArticleText } from '@/lib/analysis/types';
import type { HighlightState, PageReport } from '@/lib/messaging/protocol';
import { createAnchorer, type Anchorer } from './anchor';
import { createHighlightPainter, type HighlightApi } from './highlight-painter';
import { planHighlights } from './highlight-plan';
import { FLASH_NAME } from './palette';
import type { PaintGroup, Painter } from './painter';
import { scrollToSegments } from './scroll';
import { installStyles } from './styles';
import { buildTextIndex, isIndexLive, type TextIndex } from './text-index';
import { createWrapperPainter } from './wrapper-painter';

export interface PageSessionDeps {
  doc: Document;
  /** lib/extract's extractArticle; throws an error with kind 'no-article' when there is none. */
  extract(doc: Document): ArticleText;
  analyze(article: ArticleText): Analysis;
  /** null where the browser has no CSS Custom Highlight API: wrappers are used instead. */
  highlightApi: HighlightApi | null;
  /** ctx.setTimeout in the content script, so a pending flash dies with the context. */
  setTimeout(handler: () => void, ms: number): unknown;
  flashMs?: number;
}

export interface PageSession {
  report(): PageReport;
  setHighlights(enabled: boolean): HighlightState;
  reveal(start: number, end: number): boolean;
  /** Removes every trace from the page. */
  destroy(): void;
}

type Outcome = { status: 'ok'; analysis: Analysis; article: ArticleText } | { status: 'no-article' | 'error'; message: string };

function analyse(deps: PageSessionDeps): Outcome {
  try {
    const article = deps.extract(deps.doc);
    return { status: 'ok', article, analysis: deps.analyze(article) };
  } catch (error) {
    const kind = (error as { kind?: string }).kind;
    const message = error instanceof Error ? error.message : String(error);
    return { status: kind === 'no-article' ? 'no-article' : 'error', message };
  }
}

/** The page side of Quotelens: analyses once, anchors lazily, paints, reveals, and cleans up. */
export function createPageSession(deps: PageSessionDeps): PageSession {
  const { doc } = deps;
  const painter: Painter = deps.highlightApi ? createHighlightPainter(doc, deps.highlightApi) : createWrapperPainter(doc);
  const flashPainter = deps.highlightApi ? createHighlightPainter(doc, deps.highlightApi) : null;
  let outcome: Outcome | null = null;
  let index: TextIndex | null = null;
  let anchorer: Anchorer | null = null;
  let groups: PaintGroup[] = [];
  let state: HighlightState = { enabled: false, painted: 0, unanchored: 0, method: 'none' };
  let styles: { remove(): void } | null = null;
  let flashing = false;
  let flashToken = 0;

  const result = () => (outcome ??= analyse(deps));

  /** Re-anchors when the page replaced the nodes we anchored to (only safe while nothing is wrapped). */
  const anchors = (article: ArticleText): Anchorer => {
    if (!anchorer || !index || (!wrapped() && !isIndexLive(index))) {
      index = buildTextIndex(doc.body ?? doc.documentElement);
      anchorer = createAnchorer(article.text, article.blocks, index);
      groups = [];
    }
    return anchorer;
  };
  const wrapped = () => painter.method === 'wrappers' && (state.painted > 0 || flashing);

  const syncStyles = () => {
    const needed = state.painted > 0 || flashing;
    if (needed && !styles) styles = installStyles(doc);
    if (!needed && styles) {
      styles.remove();
      styles = null;
    }
  };

  const planGroups = (ok: Extract<Outcome, { status: 'ok' }>) => {
    const anchorer = anchors(ok.article);
    if (groups.length) return;
    let unanchored = 0;
    for (const span of planHighlights(ok.analysis)) {
      const segments = anchorer.anchor(span.start, span.end);
      if (segments) groups.push({ name: span.name, segments });
      else unanchored++;
    }
    state = { ...state, unanchored };
  };

  const setHighlights = (enabled: boolean): HighlightState => {
    const ok = result();
    if (ok.status !== 'ok') return (state = { enabled, painted: 0, unanchored: 0, method: 'none' });
    // A pending flash goes too: switching off must leave nothing of ours on the page.
    flashToken++;
    flashPainter?.clear();
    painter.clear();
    flashing = false;
    state = { ...state, enabled, painted: 0, method: 'none' };
    if (enabled) {
      planGroups(ok);
      const painted = painter.paint(groups);
      state = { ...state, painted, method: painter.method };
    }
    syncStyles();
    return { ...state };
  };

  const endFlash = (token: number) => {
    if (token !== flashToken) return;
    flashing = false;
    if (flashPainter) flashPainter.clear();
    else if (state.enabled) painter.paint(groups);
    else painter.clear();
    syncStyles();
  };

  const reveal = (start: number, end: number): boolean => {
    const ok = result();
    if (ok.status !== 'ok') return false;
    const segments = anchors(ok.article).anchor(start, end);
    if (!segments) return false;
    const flash: PaintGroup = { name: FLASH_NAME, segments };
    flashing = true;
    syncStyles();
    if (flashPainter) flashPainter.paint([flash]);
    else painter.paint(state.enabled ? [...groups, flash] : [flash]);
    const scrolled = scrollToSegments(doc.defaultView ?? window, segments, flashPainter ? null : painter);
    const token = ++flashToken;
    deps.setTimeout(() => endFlash(token), deps.flashMs ?? 1200);
    return scrolled;
  };

  return {
    report() {
      const ok = result();
      return ok.status === 'ok' ? { status: 'ok', analysis: ok.analysis, highlights: { ...state } } : ok;
    },
    setHighlights,
    reveal,
    destroy() {
      flashToken++;
      flashPainter?.clear();
      painter.clear();
      flashing = false;
      state = { ...state, painted: 0, method: 'none' };
      syncStyles();
    },
  };
}
