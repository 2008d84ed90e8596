import type { Analysis } from '@/lib/analysis/types';
import { applyCorrections } from '@/lib/corrections/apply-corrections';
import { correctionsFor, type CorrectionsBook } from '@/lib/corrections/book';
import { colorsAfterCorrections } from '@/lib/speaker-colors';
import { planHighlights } from './highlight-plan';
import type { AnchoredSpan } from './span-lookup';

/** The page's analysis as the reader corrected it, and how that changes what is painted. */
export interface CorrectedView {
  /** Dismissed quotes gone, reassigned ones with their new speaker (for the hover card, the badge). */
  analysis: Analysis;
  /** This page's corrections, serialised: equal keys mean nothing to repaint. */
  key: string;
  /**
   * The spans anchored for the analysis as found, as they should be painted now: dismissed quotes
   * dropped, quotes in their (possibly new) speaker's colour, the same colours as the panel's.
   */
  restyle(spans: readonly AnchoredSpan[]): AnchoredSpan[];
}

export function correctedView(analysis: Analysis, book: CorrectionsBook | null): CorrectedView {
  const corrections = book ? correctionsFor(book, analysis.source) : [];
  const corrected = applyCorrections(analysis, corrections).analysis;
  const colours = colorsAfterCorrections(analysis, corrected);
  const names = new Map(planHighlights(corrected, colours).filter((s) => s.kind === 'quote').map((s) => [s.ref, s.name]));
  return {
    analysis: corrected,
    key: JSON.stringify(corrections),
    restyle(spans) {
      const out: AnchoredSpan[] = [];
      for (const span of spans) {
        if (span.kind !== 'quote') out.push(span);
        else {
          const name = names.get(span.ref);
          if (name) out.push(name === span.name ? span : { ...span, name });
        }
      }
      return out;
    },
  };
}
