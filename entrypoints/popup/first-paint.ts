import type { Analysis } from '@/lib/analysis/types';
import { correctionsFor, type CorrectionsBook } from '@/lib/corrections/book';
import type { LoadResult } from '@/lib/panel/load-view';
import { strings } from '@/lib/panel/strings';
import { articleHeadOf, chipClass, countChipsOf } from '@/lib/panel/summary-head';

/**
 * The popup's first paint of a summary (issue 11): the article's title and the counts, written into
 * the static frame the moment the report is in, before React is loaded. React's chunk (its import
 * and first render, 30-50 ms, on the thread the reading has just freed) then renders the whole panel
 * off the page and takes the frame's place (see render.tsx); the head it renders is the same, written
 * from the same data (summary-head.ts), so nothing moves but the rest appearing below it.
 *
 * Page text goes in as text only. Not painted: anything but a summary (React shows the status), and a
 * page the reader corrected (its counts are the corrected ones, which React works out).
 */
export function paintSummaryHead(frame: HTMLElement, result: LoadResult | null, book: CorrectionsBook | null): boolean {
  if (result?.view.kind !== 'ready' || !book) return false;
  const { analysis } = result.view;
  if (correctionsFor(book, analysis.source).length) return false;
  const main = frame.querySelector('main');
  if (!main) return false;
  main.setAttribute('aria-label', strings.popupLabel);
  main.replaceChildren(headerOf(analysis, frame.ownerDocument), countsOf(analysis, frame.ownerDocument));
  return true;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** As components/ArticleHeader.tsx renders it. */
function headerOf(analysis: Analysis, doc: Document): HTMLElement {
  const head = articleHeadOf(analysis);
  const header = element(doc, 'header', 'article');
  header.append(element(doc, 'p', 'article__site', head.site), element(doc, 'h1', 'article__title', head.title));
  if (head.byline) header.append(element(doc, 'p', 'article__byline', head.byline));
  if (head.notice) header.append(element(doc, 'p', 'article__notice', head.notice));
  return header;
}

/** As components/CountsBar.tsx renders it. */
function countsOf(analysis: Analysis, doc: Document): HTMLElement {
  const list = element(doc, 'ul', 'counts');
  list.setAttribute('aria-label', strings.countsLabel);
  for (const chip of countChipsOf(analysis)) {
    const item = element(doc, 'li', chipClass(chip), chip.label);
    item.dataset.count = chip.key;
    list.append(item);
  }
  return list;
}
