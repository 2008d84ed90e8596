import type { Budget } from './scheduler';
import { collectTextNodes, isInvisible, isSpace, type TextIndex } from './text-index';

/**
 * buildTextIndex in slices: the same index, but the page gets the main thread back whenever the
 * budget's slice is spent, so a page with a huge DOM is indexed without a long task.
 */
export async function buildTextIndexInSlices(root: Node, budget: Budget, skip?: (el: Element) => boolean): Promise<TextIndex> {
  const nodes = collectTextNodes(root, skip);
  await budget.check();
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
