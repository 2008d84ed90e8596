import type { Span } from '@/lib/analysis/types';
import { findInOrder, findNearest, normaliseText } from './match-text';
import type { Budget } from './scheduler';
import { segmentsOf, type Segment, type TextIndex } from './text-index';
import { firstIndex } from '@/lib/analysis/text/first-index';

/**
 * Maps spans of the article text back to the live page in two layers, like Hypothesis: first each
 * article block is found again in the page's text (in document order), then offsets inside a found
 * block map one to one. A span whose block was not found (Readability rewrote it) is searched for
 * by its own text, near where its neighbours landed.
 */
export interface Anchorer {
  /** Segments of live text nodes covering [start, end) of the article text, or null if not found. */
  anchor(start: number, end: number): Segment[] | null;
  /** How many blocks were found again in the page. */
  readonly blocksFound: number;
}

interface PlacedBlock extends Span {
  /** Where the block's text starts in the page index, or -1 when it was not found. */
  page: number;
  /** Index of the nearest found block at or before this one, -1 when none: the estimate for a lost span. */
  lastFound: number;
}

/** Places blocks one at a time, each searched for after the previous one found (document order). */
function blockPlacer(articleText: string, index: TextIndex) {
  const placed: PlacedBlock[] = [];
  let cursor = 0;
  let lastFound = -1;
  return {
    placed,
    place(block: Span) {
      const raw = articleText.slice(block.start, block.end);
      const wanted = normaliseText(raw);
      // Offsets inside a block map one to one only if our normalisation leaves its text unchanged.
      const page = wanted === raw ? findInOrder(index.text, wanted, cursor) : -1;
      if (page >= 0) {
        cursor = page + wanted.length;
        lastFound = placed.length;
      }
      placed.push({ start: block.start, end: block.end, page, lastFound });
    },
  };
}

/** Blocks in article order, so their ends are sorted: the first block ending after `offset`. */
function firstEndingAfter(placed: readonly PlacedBlock[], offset: number): number {
  return firstIndex(placed.length, (i) => placed[i].end > offset);
}

function anchorerOf(articleText: string, placed: PlacedBlock[], index: TextIndex): Anchorer {
  /** Where an article offset probably sits in the page, from the nearest found block before it. */
  const estimate = (offset: number): number => {
    // The last block starting at or before the offset (binary search), then its nearest found one.
    let at = firstEndingAfter(placed, offset);
    if (at >= placed.length || placed[at].start > offset) at--;
    const found = at >= 0 ? placed[at].lastFound : -1;
    if (found < 0) return 0;
    const block = placed[found];
    return block.page + Math.min(offset, block.end) - block.start;
  };

  const anchorPiece = (start: number, end: number, block: PlacedBlock | undefined): Segment[] | null => {
    if (block && block.page >= 0) {
      return segmentsOf(index, block.page + start - block.start, block.page + end - block.start);
    }
    const wanted = normaliseText(articleText.slice(start, end)).trim();
    const at = findNearest(index.text, wanted, estimate(start));
    return at < 0 ? null : segmentsOf(index, at, at + wanted.length);
  };

  return {
    blocksFound: placed.filter((b) => b.page >= 0).length,
    anchor(start, end) {
      if (!(end > start) || start < 0 || end > articleText.length) return null;
      const segments: Segment[] = [];
      let pieces = 0;
      // A span may cross blocks (a quote running over two paragraphs): anchor each block's share.
      for (let i = firstEndingAfter(placed, start); i < placed.length && placed[i].start < end; i++) {
        const block = placed[i];
        const piece = anchorPiece(Math.max(start, block.start), Math.min(end, block.end), block);
        if (!piece) return null;
        segments.push(...piece);
        pieces++;
      }
      if (pieces === 0) {
        const piece = anchorPiece(start, end, undefined);
        if (!piece) return null;
        segments.push(...piece);
      }
      return segments.length ? segments : null;
    },
  };
}

/** `blocks` in article order (as lib/extract gives them), not overlapping. */
export function createAnchorer(articleText: string, blocks: readonly Span[], index: TextIndex): Anchorer {
  const placer = blockPlacer(articleText, index);
  for (const block of blocks) placer.place(block);
  return anchorerOf(articleText, placer.placed, index);
}

/**
 * createAnchorer with the blocks placed in the budget's slices: each block is a search through the
 * page's text, and an enormous article has thousands of them.
 */
export async function createAnchorerInSlices(articleText: string, blocks: readonly Span[], index: TextIndex, budget: Budget): Promise<Anchorer> {
  const placer = blockPlacer(articleText, index);
  for (const block of blocks) {
    placer.place(block);
    if (budget.spent()) await budget.check();
  }
  return anchorerOf(articleText, placer.placed, index);
}
