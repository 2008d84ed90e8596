import type { Budget } from './scheduler';
import { isInvisible, isSpace, SKIPPED_TAGS, type TextIndex } from './text-index';

/**
 * buildTextIndex in slices: the same index, but the page gets the main thread back whenever the
 * budget's slice is spent, so a page with a huge DOM is indexed without a long task.
 */
export async function buildTextIndexInSlices(root: Node, budget: Budget, skip?: (el: Element) => boolean): Promise<TextIndex> {
  const nodes = await collectInSlices(root, budget, skip);
  let total = 0;
  for (const n of nodes) total += n.data.length;
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const parts: string[] = [];
  let length = 0;
  let lastWasSpace = false;
  for (let n = 0; n < nodes.length; n++) {
    const data = nodes[n].data;
    let kept = '';
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) continue;
      const space = isSpace(code);
      if (space && lastWasSpace) continue;
      lastWasSpace = space;
      kept += space ? ' ' : data[i];
      nodeOf[length] = n;
      offsetOf[length] = i;
      length++;
    }
    parts.push(kept);
    if (budget.spent()) await budget.check();
  }
  return { text: parts.join(''), nodes, nodeOf: nodeOf.subarray(0, length), offsetOf: offsetOf.subarray(0, length) };
}

/** collectTextNodes, checking the budget as it walks: a huge DOM takes several slices. */
async function collectInSlices(root: Node, budget: Budget, skip: (el: Element) => boolean = () => false): Promise<Text[]> {
  const out: Text[] = [];
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) out.push(node as Text);
    else if (node.nodeType === 1) {
      const el = node as Element;
      descend = !SKIPPED_TAGS.has(el.tagName.toUpperCase()) && !skip(el);
    }
    if (descend && node.firstChild) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
    // The walk resumes from `node`, which stays valid unless the page removes it meanwhile.
    if (++visited % 256 === 0 && budget.spent()) {
      await budget.check();
      if (node && !node.isConnected) return collectInSlices(root, budget, skip);
    }
  }
  return out;
}
