import { Readability } from '@mozilla/readability';
import type { ArticleText } from '@/lib/analysis/types';
import { assembleArticle } from './assemble';
import { cleanInlineText, elementToBlocks } from './block-text';
import { cleanByline } from './byline';
import { siteNameOf } from './site-name';
import { findStandfirst } from './standfirst';
import { keepCanonicalArticle } from './canonical-article';

import { NoArticleError } from './no-article-error';
import { assertArticleLength, assertReadableDepth } from './page-limits';

export { NoArticleError };

export interface ExtractOptions {
  /** Readability gives up on pages with more elements than this (0 = no limit). */
  maxElements?: number;
}

/**
 * Runs Readability on a clone of the document (Readability mutates what it is given) and returns the
 * article as plain text with its block structure. Throws NoArticleError when there is no article.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleText {
  assertReadableDepth(doc);
  const clone = doc.cloneNode(true) as Document;
  removeComments(clone);
  keepCanonicalArticle(clone);
  const reader = new Readability(clone, {
    maxElemsToParse: options.maxElements ?? 0,
    serializer: (el: Node) => el,
    keepClasses: true,
  } as ConstructorParameters<typeof Readability>[1]);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = reader.parse() as ReturnType<Readability<Node>['parse']>;
  } catch (error) {
    throw new NoArticleError(`Readability could not read this page (${(error as Error).message})`);
  }
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) throw new NoArticleError('No article found on this page.');
  const body = elementToBlocks(content);
  if (!body.length) throw new NoArticleError('No article found on this page.');
  assertArticleLength(body);

  const title = cleanInlineText(parsed.title ?? doc.title ?? '').trim();
  // Readability often keeps the headline as the first block; it is already the title.
  if (body.length && sameText(body[0].text, title)) body.shift();
  let standfirst = findStandfirst(doc, title, body);
  if (standfirst && body.length && sameText(body[0].text, standfirst)) body.shift();
  else if (!standfirst && body.length > 1 && isDek(body[0])) standfirst = body.shift()!.text;
  return assembleArticle({
    title,
    standfirst,
    byline: cleanByline(cleanInlineText(parsed.byline ?? '')),
    siteName: siteNameOf(doc, cleanInlineText(parsed.siteName ?? '').trim() || null),
    lang: parsed.lang || doc.documentElement?.getAttribute('lang') || declaredLocale(doc),
    body,
  });
}

/**
 * Comments split a run of text in Readability's eyes (it wraps each piece in its own paragraph), so a
 * line like "appears in print on <!-- -->Page A22" would come out in fragments. Iterative: deep trees are fine.
 */
function removeComments(root: Node): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType === 8) node.removeChild(child);
      else if (child.nodeType === 1 || child.nodeType === 9 || child.nodeType === 11) stack.push(child);
      child = next;
    }
  }
}

/** A heading that opens the body and reads like a sentence is the standfirst, not a section title. */
function isDek(block: { text: string; kind: string }): boolean {
  if (block.kind !== 'heading') return false;
  const words = block.text.split(/\s+/).length;
  return words >= 12 || (words >= 8 && /[.!?…]$/.test(block.text));
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

/** The language a page declares besides `<html lang>`: og:locale ("es_ES") or a Content-Language meta. */
function declaredLocale(doc: Document): string | null {
  const meta = doc.querySelector('meta[property="og:locale"], meta[http-equiv="content-language" i], meta[name="language" i]');
  return meta?.getAttribute('content')?.trim() || null;
}
