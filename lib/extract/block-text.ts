import type { Block, BlockKind } from '@/lib/analysis/types';

/** Characters that change nothing a reader sees; dropped so words match across the page and our text. */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Collapse runs of white space (NBSP included) to one space, drop invisible characters. */
export function cleanInlineText(raw: string): string {
  return raw.replace(INVISIBLE_CHARS, '').replace(/[\s\u00A0]+/g, ' ');
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'CAPTION',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

export interface RawBlock {
  text: string;
  kind: BlockKind;
  linkChars: number;
}

// Sites mark captions and credits by class even when they use <p> or <div> for them.
const CAPTION_CLASS = /caption|credit|attribution|photographer|copyright|(?:^|[\s_-])source(?:[\s_-]|$)/i;
function captionByClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && cls.length < 300 && CAPTION_CLASS.test(cls);
}

function kindOf(tags: string[]): BlockKind {
  for (let i = tags.length - 1; i >= 0; i--) {
    const tag = tags[i];
    if (/^H[1-6]$/.test(tag)) return 'heading';
    if (tag === 'FIGCAPTION' || tag === 'CAPTION' || tag === 'FIGURE') return 'caption';
    if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
    if (tag === 'PRE') return 'preformatted';
    if (tag === 'BLOCKQUOTE') return 'blockquote';
  }
  return 'paragraph';
}

/**
 * Flattens an element into text blocks: each block element (and each run split by <br>) becomes one
 * block with its kind taken from its nearest structural ancestor. Iterative, so deep trees cannot
 * overflow the stack.
 */
export function elementToBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buffer = '';
  let linkChars = 0;
  let bufferKind: BlockKind = 'paragraph';
  const flush = () => {
    const text = cleanInlineText(buffer).trim();
    if (text) blocks.push({ text, kind: bufferKind, linkChars: Math.min(linkChars, text.length) });
    buffer = '';
    linkChars = 0;
  };

  type Frame = { node: Node; tags: string[]; inLink: boolean; leaving?: boolean };
  const stack: Frame[] = [{ node: root, tags: [], inLink: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (frame.leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!buffer) bufferKind = kindOf(frame.tags);
      buffer += value;
      if (frame.inLink) linkChars += cleanInlineText(value).length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || SKIPPED_TAGS.has(el.tagName)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      stack.push({ node: el, tags: frame.tags, inLink: frame.inLink, leaving: true });
    }
    const tags = isBlock ? [...frame.tags, captionByClass(el) ? 'FIGCAPTION' : tag] : frame.tags;
    const inLink = frame.inLink || tag === 'A';
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], tags, inLink });
  }
  flush();
  return blocks;
}
