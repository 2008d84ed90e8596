/**
 * Intl.Segmenter sentence segments of a piece of text, as start offsets. Segmenting is the largest
 * single cost of the analysis, and two stages segment the same paragraphs (attribution each block,
 * duplicates each line, and most blocks are one line), so during one analysis the answers are kept
 * by text and locale (analysis-memo.ts): the second stage reads what the first computed.
 */
import { memoized } from './analysis-memo';
import { isSingleSegment } from './single-segment';
import { plainSentenceStarts } from './plain-segments';

const segmenters = new Map<string, Intl.Segmenter | null>();

/** A sentence segmenter for a locale, `en` when the locale is unknown, null where Intl has none. */
export function sentenceSegmenter(locale: string): Intl.Segmenter | null {
  let s = segmenters.get(locale);
  if (s === undefined) {
    if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) s = null;
    else {
      try {
        s = new Intl.Segmenter(locale, { granularity: 'sentence' });
      } catch {
        s = new Intl.Segmenter('en', { granularity: 'sentence' });
      }
    }
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * Start offsets (relative to `text`) of the sentence segments of `text`, the first being 0; empty
 * for empty text; null where Intl.Segmenter is missing. Shared within one analysis (do not modify).
 */
export function segmentStarts(text: string, locale: string): number[] | null {
  // Most headings, captions and one-sentence lines have nothing to cut: answered without Intl.
  if (isSingleSegment(text)) {
    if (!sentenceSegmenter(locale)) return null;
    return text ? [0] : [];
  }
  return segmentStartsUnchecked(text, locale);
}

/**
 * `segmentStarts` for a caller that ran `isSingleSegment` itself (in place, on the whole text) and
 * found it unsettled: the same answer without scanning the text's first sentence a second time.
 */
export function segmentStartsUnchecked(text: string, locale: string): number[] | null {
  return memoized(memoKind(locale), text, () => segmentStartsOf(text, locale));
}

const memoKinds = new Map<string, string>();
/** The memo's kind for a locale, one string per locale (a fresh one per call would be hashed per call). */
function memoKind(locale: string): string {
  let kind = memoKinds.get(locale);
  if (kind === undefined) memoKinds.set(locale, (kind = `segments ${locale}`));
  return kind;
}

// A module-level function rather than the memo's closure made per text: its optimised code outlives a
// garbage collection.
function segmentStartsOf(text: string, locale: string): number[] | null {
  const segmenter = sentenceSegmenter(locale);
  if (!segmenter) return null;
  // Plain text under the root rules is cut by our own scan: the segmenter copies its input for every
  // segment it returns.
  if (locale === 'en') {
    const plain = plainSentenceStarts(text);
    if (plain) return plain;
  }
  const starts: number[] = [];
  // Stepping with `containing` from each segment's end costs about half of iterating the segments.
  const segments = segmenter.segment(text);
  for (let i = 0; i < text.length; ) {
    const s = segments.containing(i);
    if (!s) break;
    starts.push(s.index);
    i = s.index + s.segment.length;
  }
  return starts;
}
