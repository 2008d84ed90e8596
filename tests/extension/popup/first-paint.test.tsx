import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';
import { quoteRef } from '@/lib/corrections/apply-corrections';
import { addCorrection, type CorrectionsBook } from '@/lib/corrections/book';
import { ArticleHeader } from '@/components/ArticleHeader';
import { CountsBar } from '@/components/CountsBar';
import { paintSummaryHead } from '@/entrypoints/popup/first-paint';
import type { LoadResult } from '@/lib/panel/load-view';
import { sampleAnalysis } from './sample-analysis';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const emptyBook: CorrectionsBook = { pages: {} };
const ready = (analysis: Analysis): LoadResult => ({ view: { kind: 'ready', analysis }, highlights: null });

/** The popup's static frame, as entrypoints/popup/index.html has it. */
function staticFrame(): HTMLElement {
  const frame = document.createElement('div');
  frame.innerHTML = '<main class="popup popup--popup" aria-busy="true"><div class="status status--loading"><span class="spinner" aria-hidden="true"></span></div></main>';
  document.body.append(frame);
  return frame;
}

/** What React renders for the same head. */
async function reactHead(analysis: Analysis): Promise<string> {
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () => root.render(<><ArticleHeader analysis={analysis} /><CountsBar analysis={analysis} /></>));
  const html = container.innerHTML;
  act(() => root.unmount());
  return html;
}

const shapes: [string, Analysis][] = [
  ['the sample story', sampleAnalysis],
  ['no site name, byline or title', { ...sampleAnalysis, siteName: null, byline: null, title: '', source: 'https://news.example/a' }],
  ['a notice, nothing found', { ...sampleAnalysis, notice: 'Only part of the page was read.', quotes: [], entities: [], duplicates: [], boilerplate: [] }],
  ['markup in the page text', { ...sampleAnalysis, title: '<img src=x onerror="alert(1)">Breaking', byline: '<b>By</b> & co' }],
];

describe('paintSummaryHead: the title and counts before React is loaded', () => {
  it.each(shapes)('paints exactly what React renders for the head: %s', async (_name, analysis) => {
    const frame = staticFrame();
    expect(paintSummaryHead(frame, ready(analysis), emptyBook)).toBe(true);
    expect(frame.querySelector('main')!.innerHTML).toBe(await reactHead(analysis));
    expect(frame.querySelector('.status--loading')).toBeNull();
    frame.remove();
  });

  it('writes page text as text: markup in a title makes no element', () => {
    const frame = staticFrame();
    paintSummaryHead(frame, ready(shapes[3][1]), emptyBook);
    expect(frame.querySelector('img, b')).toBeNull();
    expect(frame.querySelector('.article__title')!.textContent).toBe('<img src=x onerror="alert(1)">Breaking');
    frame.remove();
  });

  it.each<[string, LoadResult | null, CorrectionsBook | null]>([
    ['no report', null, emptyBook],
    ['no article', { view: { kind: 'no-article', message: 'none' }, highlights: null }, emptyBook],
    ['an error', { view: { kind: 'error', message: 'broken' }, highlights: null }, emptyBook],
    ['the corrections could not be read', ready(sampleAnalysis), null],
    ['the reader corrected this page', ready(sampleAnalysis), addCorrection(emptyBook, sampleAnalysis.source, { action: 'dismiss', quote: quoteRef(sampleAnalysis.quotes[0]) }, 1)],
  ])('leaves the frame to React when there is %s', (_name, result, book) => {
    const frame = staticFrame();
    const before = frame.innerHTML;
    expect(paintSummaryHead(frame, result, book)).toBe(false);
    expect(frame.innerHTML).toBe(before);
    frame.remove();
  });
});
