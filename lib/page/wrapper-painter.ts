import type { PaintGroup, Painter } from './painter';
import type { Segment } from './text-index';

export const MARK_CLASS = 'quotelens-mark';

/** An original text node taken out of the page and the pieces that stand in for it meanwhile. */
interface Replacement {
  original: Text;
  pieces: Node[];
  /** Start offset (in the original) of each piece, to locate positions while wrapped. */
  offsets: number[];
}

interface Cover {
  start: number;
  end: number;
  name: string;
}

/** Splits one node's text at every cover boundary; each piece carries the names covering it. */
function pieces(length: number, covers: Cover[]): { start: number; end: number; names: string[] }[] {
  const cuts = new Set<number>([0, length]);
  for (const c of covers) {
    cuts.add(Math.max(0, Math.min(length, c.start)));
    cuts.add(Math.max(0, Math.min(length, c.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { start: number; end: number; names: string[] }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    if (end <= start) continue;
    const names = [...new Set(covers.filter((c) => c.start <= start && c.end >= end).map((c) => c.name))];
    out.push({ start, end, names });
  }
  return out;
}

/**
 * The fallback for browsers without the Highlight API: wraps text in prefixed <mark> elements.
 * The original text nodes are never modified, only swapped out for copies and swapped back, so
 * clearing restores the exact nodes (and any reference the page holds to them).
 */
export function createWrapperPainter(doc: Document): Painter {
  let replacements: Replacement[] = [];
  const byOriginal = new Map<Text, Replacement>();

  const clear = () => {
    // Reverse order, so a parent is whole again before anything else is put back.
    for (const r of replacements.reverse()) {
      const first = r.pieces[0];
      first.parentNode?.insertBefore(r.original, first);
      for (const piece of r.pieces) piece.parentNode?.removeChild(piece);
    }
    replacements = [];
    byOriginal.clear();
  };

  const wrapNode = (node: Text, covers: Cover[]) => {
    const parent = node.parentNode;
    if (!parent) return;
    const replacement: Replacement = { original: node, pieces: [], offsets: [] };
    for (const piece of pieces(node.data.length, covers)) {
      const text = doc.createTextNode(node.data.slice(piece.start, piece.end));
      let stand: Node = text;
      if (piece.names.length) {
        const mark = doc.createElement('mark');
        mark.className = [MARK_CLASS, ...piece.names].join(' ');
        mark.appendChild(text);
        stand = mark;
      }
      replacement.pieces.push(stand);
      replacement.offsets.push(piece.start);
      parent.insertBefore(stand, node);
    }
    parent.removeChild(node);
    replacements.push(replacement);
    byOriginal.set(node, replacement);
  };

  return {
    method: 'wrappers',
    clear,
    paint(groups: PaintGroup[]) {
      clear();
      const covers = new Map<Text, Cover[]>();
      const add = (seg: Segment, name: string) => {
        const list = covers.get(seg.node) ?? [];
        list.push({ start: seg.start, end: seg.end, name });
        covers.set(seg.node, list);
      };
      for (const group of groups) for (const seg of group.segments) add(seg, group.name);
      for (const [node, list] of covers) if (node.isConnected) wrapNode(node, list);
      return groups.length;
    },
    locate(node, offset) {
      const r = byOriginal.get(node);
      if (!r) return { node, offset };
      let i = r.offsets.length - 1;
      while (i > 0 && r.offsets[i] > offset) i--;
      const piece = r.pieces[i];
      const text = (piece.nodeType === 3 ? piece : piece.firstChild) as Text;
      return { node: text, offset: offset - r.offsets[i] };
    },
  };
}
