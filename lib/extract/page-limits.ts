import { NoArticleError } from './no-article-error';

/**
 * Pages nested deeper than this are not articles anyone wrote by hand; DOM libraries and Readability
 * recurse over depth, so such a page could overflow the stack or stall. Real news pages stay under 60.
 */
export const MAX_NESTING_DEPTH = 600;

/**
 * Fewer letters than this in the extracted body: a login form, an error page, a gallery, not an
 * article. Counted in letters, not words, so scripts written without spaces (Chinese, Japanese) count.
 */
export const MIN_ARTICLE_LETTERS = 100;

/** Refuses pages too deeply nested to read safely; iterative, so the check itself cannot overflow. */
export function assertReadableDepth(doc: Document): void {
  const root = doc.documentElement;
  if (!root) throw new NoArticleError('This page is empty.');
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > MAX_NESTING_DEPTH) throw new NoArticleError(`This page is nested more than ${MAX_NESTING_DEPTH} levels deep; Quotelens does not read it.`);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

/** Refuses an extracted body too short to be an article. */
export function assertArticleLength(blocks: readonly { text: string }[]): void {
  let letters = 0;
  for (const block of blocks) {
    letters += block.text.match(/\p{L}/gu)?.length ?? 0;
    if (letters >= MIN_ARTICLE_LETTERS) return;
  }
  throw new NoArticleError('This page has too little text to be an article.');
}
