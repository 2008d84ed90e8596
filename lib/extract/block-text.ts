import type { Block, BlockKind } from '@/lib/analysis/types';
import { boxWordOf } from './box-class';

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
  /** The word of the nearest named box the block sits in ("author", "newsletter"), if any (box-class.ts). */
  box?: string;
}

// Sites mark captions, legends and credits by class even when they use <p> or <div> for them. Each class is
// read as a name of its own: WordPress puts the post's tags on the article ("tag-creditshelf",
// "category-photographer"), which say what the story is about, not what the element is.
const CAPTION_CLASS = /caption|(?:^|[_-])(?:credits?|attribution|photographer|copyright|source|legend)(?:[_-]|$)/i;
const TAXONOMY_CLASS = /^(?:tag|category|categories|post|format|topic|section)-/i;
function captionByClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls || cls.length >= 300) return false;
  return cls.split(/\s+/).some((name) => name && !TAXONOMY_CLASS.test(name) && CAPTION_CLASS.test(name));
}

// A table set in a figure is data, not the figure's legend ("<figure><table>…"); its own <caption> still is one.
const NOT_CAPTION_IN_FIGURE = new Set(['TABLE', 'TD', 'TH', 'TR']);

function kindOf(tags: string[]): BlockKind {
  for (let i = tags.length - 1; i >= 0; i--) {
    const tag = tags[i];
    if (/^H[1-6]$/.test(tag)) return 'heading';
    if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
    if (tag === 'FIGURE') return figureText(tags, i) ? 'caption' : 'paragraph';
    if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
    if (tag === 'PRE') return 'preformatted';
    if (tag === 'BLOCKQUOTE') return 'blockquote';
  }
  return 'paragraph';
}

/** Text straight in a figure (an image's legend without <figcaption>), not in a table set in it. */
function figureText(tags: string[], figure: number): boolean {
  for (let i = figure + 1; i < tags.length; i++) if (NOT_CAPTION_IN_FIGURE.has(tags[i])) return false;
  return true;
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
  let bufferBox: string | null = null;
  const flush = () => {
    const text = cleanInlineText(buffer).trim();
    if (text) {
      const block: RawBlock = { text, kind: bufferKind, linkChars: Math.min(linkChars, text.length) };
      if (bufferBox) block.box = bufferBox;
      blocks.push(block);
    }
    buffer = '';
    linkChars = 0;
  };

  type Frame = { node: Node; tags: string[]; inLink: boolean; box: string | null; leaving?: boolean };
  const stack: Frame[] = [{ node: root, tags: [], inLink: false, box: null }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (frame.leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!buffer) {
        bufferKind = kindOf(frame.tags);
        bufferBox = frame.box;
      }
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
      stack.push({ node: el, tags: frame.tags, inLink: frame.inLink, box: frame.box, leaving: true });
    }
    const tags = isBlock ? [...frame.tags, captionByClass(el) ? 'FIGCAPTION' : tag] : frame.tags;
    const inLink = frame.inLink || tag === 'A';
    // The nearest named box wins: an author box inside a "promo" wrapper is the author's.
    const box = (el !== root && boxWordOf(el)) || frame.box;
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], tags, inLink, box });
  }
  flush();
  return blocks;
}
