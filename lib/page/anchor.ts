import type { Span } from '@/lib/analysis/types';
import { findInOrder, findNearest, normaliseText } from './match-text';
import { segmentsOf, type Segment, type TextIndex } from './text-index';

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
}

function placeBlocks(articleText: string, blocks: readonly Span[], index: TextIndex): PlacedBlock[] {
  const placed: PlacedBlock[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const raw = articleText.slice(block.start, block.end);
    const wanted = normaliseText(raw);
    // Offsets inside a block map one to one only if our normalisation leaves its text unchanged.
    const page = wanted === raw ? findInOrder(index.text, wanted, cursor) : -1;
    if (page >= 0) cursor = page + wanted.length;
    placed.push({ start: block.start, end: block.end, page });
  }
  return placed;
}

export function createAnchorer(articleText: string, blocks: readonly Span[], index: TextIndex): Anchorer {
  const placed = placeBlocks(articleText, blocks, index);

  /** Where an article offset probably sits in the page, from the nearest found block before it. */
  const estimate = (offset: number): number => {
    let best = 0;
    for (const block of placed) {
      if (block.start > offset) break;
      if (block.page >= 0) best = block.page + Math.min(offset, block.end) - block.start;
    }
    return best;
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
      for (const block of placed) {
        if (block.end <= start || block.start >= end) continue;
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
