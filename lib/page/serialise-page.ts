import type { Budget } from './scheduler';

/**
 * The page as sent to the background for Readability (issues 11 and 13): its HTML, less what cannot be
 * the article, read from the live DOM without changing it.
 * - Elements that are not rendered (display:none, visibility:hidden, a closed dialog...) and hold text
 *   are left out: hover cards and menus hidden in a paragraph would otherwise be spliced into its text.
 * - Script and style elements keep their tags but not their contents (JSON-LD metadata is kept): on
 *   news pages they are most of the bytes (guardian-1: 1.16 MB of which 0.21 MB remain), and copying,
 *   sending and parsing them was most of the time from the click to the analysis.
 * Everything else is exactly the browser's own serialisation (outerHTML): elements are written by hand
 * only on the way down to something left out.
 */

/** Never checked for rendering: not rendered by nature, yet read by Readability (JSON-LD, noscript images) or harmless. */
const NOT_CHECKED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META', 'TITLE', 'BASE', 'HEAD']);
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

type Visible = (el: Element) => boolean;

/**
 * Rendered, by the browser's own test (display, visibility, content-visibility of the element and its
 * ancestors). An element of `display: contents` has no box of its own, so the test says no: its
 * children are rendered, and it is entered (they are then tested one by one).
 */
export const isRendered: Visible = (el) =>
  typeof el.checkVisibility !== 'function' ||
  el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) ||
  (el.ownerDocument.defaultView?.getComputedStyle(el).display ?? '') === 'contents';

const textLength = (el: Element) => (el.textContent ?? '').trim().length;

/**
 * Past this share of the page's text, what is not rendered is the page waiting for its own scripts
 * (an anti-flicker `body { visibility: hidden }`, a wrapper shown by script), not hover cards and
 * menus: then nothing is left out for not being rendered. Seen on corpus pages saved before their
 * scripts ran (seattletimes-1, engadget: the whole article hidden).
 */
export const MAX_HIDDEN_SHARE = 0.5;

const isJsonLd = (el: Element) => (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';

/** What to leave out: elements not rendered that hold text, and the scripts and styles to empty. */
async function findLeftOut(doc: Document, budget: Budget, visible: Visible): Promise<{ hidden: Set<Element>; emptied: Set<Element> }> {
  const emptied = new Set<Element>();
  for (const el of doc.querySelectorAll('script, style')) if (!isJsonLd(el)) emptied.add(el);
  const hidden = new Set<Element>();
  let hiddenChars = 0;
  const body = doc.body;
  // Depth first through the body; a subtree not rendered is noted whole and not entered.
  let el: Element | null = body?.firstElementChild ?? null;
  while (el) {
    let enter = true;
    if (!NOT_CHECKED.has(el.tagName) && !visible(el)) {
      enter = false;
      const chars = textLength(el);
      if (chars > 0) {
        hidden.add(el);
        hiddenChars += chars;
      }
    }
    let next: Element | null = enter ? el.firstElementChild : null;
    for (let up: Element | null = el; !next && up && up !== body; up = up.parentElement) next = up.nextElementSibling;
    el = next;
    if (budget.spent()) await budget.check();
  }
  if (hidden.size && body && hiddenChars > (await textLengthOutside(body, emptied, budget)) * MAX_HIDDEN_SHARE) hidden.clear();
  return { hidden, emptied };
}

// NodeFilter's constants, spelled out: the global is not in every context the tests run in.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/**
 * The length of `root`'s text outside the `skipped` subtrees, node by node in the budget's slices.
 * Not root.textContent: that builds one string of the whole page, its inline scripts included, and
 * on the largest pages (yahoo's, megabytes of script) it held the page for 30 ms at once.
 */
async function textLengthOutside(root: Element, skipped: Set<Element>, budget: Budget): Promise<number> {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => (skipped.has(node as Element) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) length += (node as Text).length;
    if (budget.spent()) await budget.check();
  }
  return length;
}

const escapeText = (s: string) => s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
const escapeAttr = (s: string) => s.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));

const tagName = (el: Element) => (el.namespaceURI === HTML_NS ? el.localName : el.tagName);

function startTag(el: Element): string {
  let tag = `<${tagName(el)}`;
  for (const attr of el.attributes) tag += ` ${attr.name}="${escapeAttr(attr.value)}"`;
  return `${tag}>`;
}

const endTag = (el: Element) => (el.namespaceURI === HTML_NS && VOID.has(el.localName) ? '' : `</${tagName(el)}>`);

/**
 * Serialises `doc` as described above. Both passes run in the budget's slices: on the largest pages
 * the writing alone (hundreds of outerHTML calls) held the page for 35-50 ms in one task. Between
 * slices the page's own scripts may change the DOM; what is written is then each subtree as it was
 * when its turn came, which is all a reading needs.
 */
export async function serialisePage(doc: Document, budget: Budget, visible: Visible = isRendered): Promise<string> {
  const { hidden, emptied } = await findLeftOut(doc, budget, visible);
  // Elements on the way down to something left out: written tag by tag, the rest by outerHTML.
  const open = new Set<Element>();
  for (const leaf of [...hidden, ...emptied]) {
    for (let up = leaf.parentElement; up && !open.has(up); up = up.parentElement) open.add(up);
  }
  const out: string[] = ['<!DOCTYPE html>'];
  // Depth first, without recursion so that any step may yield: nodes still to write, and the end
  // tags of the open elements around them (strings), last first.
  const todo: (Node | string)[] = [doc.documentElement];
  while (todo.length) {
    const next = todo.pop()!;
    if (typeof next === 'string') out.push(next);
    else if (next.nodeType === 3) out.push(escapeText((next as Text).data));
    else if (next.nodeType === 1) {
      // (comments and the like are not the article)
      const el = next as Element;
      if (hidden.has(el)) continue;
      if (emptied.has(el)) out.push(startTag(el), endTag(el));
      else if (!open.has(el)) out.push(el.outerHTML);
      else {
        out.push(startTag(el));
        todo.push(endTag(el));
        for (let child = el.lastChild; child; child = child.previousSibling) todo.push(child);
      }
    }
    if (budget.spent()) await budget.check();
  }
  return out.join('');
}
