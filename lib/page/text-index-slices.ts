import type { Budget } from './scheduler';
import { createIndexBuilder, nextInWalk, type TextIndex } from './text-index';

/**
 * buildTextIndex in slices: the same index, but the page gets the main thread back whenever the
 * budget's slice is spent, so a page with a huge DOM is indexed without a long task.
 */
export async function buildTextIndexInSlices(root: Node, budget: Budget, skip?: (el: Element) => boolean): Promise<TextIndex> {
  const nodes = await collectInSlices(root, budget, skip);
  const builder = createIndexBuilder(nodes);
  for (let n = 0; n < nodes.length; n++) {
    builder.add(n);
    if (budget.spent()) {
      builder.flush();
      await budget.check();
    }
  }
  return builder.finish();
}

/** collectTextNodes, checking the budget as it walks: a huge DOM takes several slices. */
async function collectInSlices(root: Node, budget: Budget, skip: (el: Element) => boolean = () => false): Promise<Text[]> {
  const out: Text[] = [];
  let visited = 0;
  for (let node: Node | null = root.firstChild; node; ) {
    if (node.nodeType === 3) out.push(node as Text);
    node = nextInWalk(root, node, skip);
    // The walk resumes from `node`, which stays valid unless the page removes it meanwhile.
    if (++visited % 256 === 0 && budget.spent()) {
      await budget.check();
      if (node && !node.isConnected) return collectInSlices(root, budget, skip);
    }
  }
  return out;
}
