/**
 * A flat, normalised view of the live page's text with a map back to the DOM, so analysis offsets
 * (which index Readability's text, cleaned by lib/extract) can be turned into DOM positions.
 * The normalisation mirrors `cleanInlineText` in lib/extract/block-text.ts: invisible characters
 * (soft hyphen, zero-width space/joiners, word joiner, BOM) are dropped and any run of white space
 * becomes one space. Keep both in step; a unit test compares them.
 */
export interface TextIndex {
  /** The page's text, normalised. */
  text: string;
  /** Every text node that contributed, in document order. */
  nodes: Text[];
  /** For each character of `text`: index into `nodes`. */
  nodeOf: Int32Array;
  /** For each character of `text`: offset of its first raw character inside its node. */
  offsetOf: Int32Array;
}

/** Elements whose text Readability/lib/extract never reads; their text must not be matched either. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
]);

export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** The characters JavaScript's `\s` matches (NBSP included), as used by cleanInlineText. */
export function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}

/**
 * The next node of a document-order walk under `root` after `node`: into its children unless it is
 * a skipped element, else on to the next sibling of it or of its nearest ancestor. Iterative, so deep
 * trees cannot overflow the stack; both index builders walk with it.
 */
export function nextInWalk(root: Node, node: Node, skip: (el: Element) => boolean): Node | null {
  const descend = node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).tagName.toUpperCase()) && !skip(node as Element);
  if (descend && node.firstChild) return node.firstChild;
  let at: Node | null = node;
  while (at && at !== root && !at.nextSibling) at = at.parentNode;
  return at && at !== root ? at.nextSibling : null;
}

/** Text nodes under `root` in document order, skipping subtrees lib/extract ignores. */
export function collectTextNodes(root: Node, skip: (el: Element) => boolean = () => false): Text[] {
  const out: Text[] = [];
  for (let node: Node | null = root.firstChild; node; node = nextInWalk(root, node, skip)) if (node.nodeType === 3) out.push(node as Text);
  return out;
}

/**
 * Normalises text nodes one at a time into a TextIndex (the rules of cleanInlineText). Verbatim runs
 * are copied as slices, so a megabyte of text is not built one character at a time. `flush` joins
 * the pieces so far into one string: a sliced build calls it every slice, so the last join handles
 * a few long strings instead of hundreds of thousands of pieces.
 */
export function createIndexBuilder(nodes: Text[]): { add(n: number): void; flush(): void; finish(): TextIndex } {
  let total = 0;
  for (const n of nodes) total += n.data.length;
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  // Pieces since the last flush, and the flushed ones each joined into one string.
  let parts: string[] = [];
  const chunks: string[] = [];
  let length = 0;
  let lastWasSpace = false;
  return {
    add(n: number) {
      const data = nodes[n].data;
      let runStart = 0;
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        const space = isSpace(code);
        const dropped = isInvisible(code) || (space && lastWasSpace);
        if (dropped || (space && code !== 32)) {
          // Close the verbatim run before this character; a kept non-ASCII space becomes ' '.
          if (i > runStart) parts.push(data.slice(runStart, i));
          runStart = i + 1;
          if (dropped) continue;
          parts.push(' ');
        }
        lastWasSpace = space;
        nodeOf[length] = n;
        offsetOf[length] = i;
        length++;
      }
      if (data.length > runStart) parts.push(data.slice(runStart));
    },
    flush() {
      if (parts.length) chunks.push(parts.join(''));
      parts = [];
    },
    finish() {
      if (parts.length) chunks.push(parts.join(''));
      parts = [];
      return { text: chunks.join(''), nodes, nodeOf: nodeOf.subarray(0, length), offsetOf: offsetOf.subarray(0, length) };
    },
  };
}

/** Builds the index of `root` (usually document.body). Linear in the page's text length. */
export function buildTextIndex(root: Node, skip?: (el: Element) => boolean): TextIndex {
  const nodes = collectTextNodes(root, skip);
  const builder = createIndexBuilder(nodes);
  for (let n = 0; n < nodes.length; n++) builder.add(n);
  return builder.finish();
}

/** A piece of one text node: [start, end) in the node's own data. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** Converts a span [start, end) of `index.text` to per-node segments (empty for an empty span). */
export function segmentsOf(index: TextIndex, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  for (let i = Math.max(0, start); i < Math.min(end, index.text.length); i++) {
    const node = index.nodes[index.nodeOf[i]];
    const from = index.offsetOf[i];
    // A character ends where the next kept character of the same node starts, so dropped invisible
    // characters in between stay inside the segment; the last one ends just after itself.
    const last = segments[segments.length - 1];
    if (last && last.node === node) last.end = from + 1;
    else segments.push({ node, start: from, end: from + 1 });
  }
  return segments;
}

/** True while every node the index was built from is still in the document. */
export function isIndexLive(index: TextIndex): boolean {
  for (const node of index.nodes) if (!node.isConnected) return false;
  return true;
}
