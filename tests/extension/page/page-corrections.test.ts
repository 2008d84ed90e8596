import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleText } from '@/lib/analysis/types';
import { quoteRef } from '@/lib/corrections/apply-corrections';
import { addCorrection, emptyBook, type CorrectionsBook } from '@/lib/corrections/book';
import type { Correction } from '@/lib/corrections/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { cardContent } from '@/lib/page/card-content';
import { correctedView } from '@/lib/page/corrected-view';
import { createPageSession, type PageSessionDeps } from '@/lib/page/page-session';
import { analysisOf, fakeHighlightApi, loadPage, personOf, quoteOf, rangeText } from './helpers';

const PAGE = 'https://news.example/harbour-vote';
const FIRST = 'We need more time to read the fine print before we sign anything,';
const SECOND = 'The ferry is a lifeline for the island families, and every week counts,';
const THIRD = 'no intention of abandoning the crossing';

function analyse(article: ArticleText) {
  const people = [
    personOf(article, 'p1', 'Jane Whitlow', 'Councillor'),
    personOf(article, 'p2', 'Tom Okafor', 'Mayor'),
    personOf(article, 'p3', 'Lena Brandt', 'Deputy Mayor'),
  ];
  const quotes = [quoteOf(article, FIRST, 'p1', 'q1'), quoteOf(article, SECOND, 'p2', 'q2'), quoteOf(article, THIRD, 'p3', 'q3')];
  return { ...analysisOf(article, quotes, people), source: PAGE };
}

const analysis = () => analyse(extractArticle(document));
const quote = (id: string) => analysis().quotes.find((q) => q.id === id)!;
const speakerRef = (id: string) => {
  const e = analysis().entities.find((x) => x.id === id)!;
  return { id: e.id, name: e.name };
};
const bookWith = (...corrections: Correction[]): CorrectionsBook =>
  corrections.reduce((book, c, i) => addCorrection(book, PAGE, c, i), emptyBook());

function session(extra: Partial<PageSessionDeps> = {}) {
  const highlight = fakeHighlightApi();
  const s = createPageSession({
    doc: document,
    extract: (doc) => extractArticle(doc),
    analyze: analyse,
    highlightApi: highlight.api,
    setTimeout: () => undefined,
    yieldToPage: () => Promise.resolve(),
    // A clock that never moves: every range is painted in the first slice, as these checks expect.
    // On the real clock a loaded machine spent the slice early and the rest came a tick later (a flake).
    now: () => 0,
    ...extra,
  });
  const painted = () => Object.fromEntries([...highlight.registry].filter(([n]) => n.includes('-quote-')).map(([n, h]) => [n, rangeText(h.ranges)]));
  return { s, painted };
}

beforeEach(() => loadPage('markup-quotes.html'));

describe('correctedView', () => {
  it.each([
    ['no correction', (): Correction[] => [], ['q1', 'q2', 'q3']],
    ['a dismissed quote', (): Correction[] => [{ action: 'dismiss', quote: quoteRef(quote('q2')) }], ['q1', 'q3']],
    ['a reassigned quote', (): Correction[] => [{ action: 'reassign', quote: quoteRef(quote('q2')), speaker: speakerRef('p3') }], ['q1', 'q2', 'q3']],
  ])('keeps the quotes left after %s', (_name, corrections, ids) => {
    const view = correctedView(analysis(), bookWith(...corrections()));
    expect(view.analysis.quotes.map((q) => q.id)).toEqual(ids);
  });

  it('ignores corrections made on another page', () => {
    const book = addCorrection(emptyBook(), 'https://news.example/other', { action: 'dismiss', quote: quoteRef(quote('q1')) }, 1);
    expect(correctedView(analysis(), book).analysis.quotes).toHaveLength(3);
    expect(correctedView(analysis(), book).key).toBe(correctedView(analysis(), emptyBook()).key);
  });
});

describe('createPageSession with the reader\'s corrections', () => {
  it('paints a reassigned quote in its new speaker\'s colour and drops a dismissed one', async () => {
    const { s, painted } = session();
    await s.setHighlights(true);
    expect(painted()).toEqual({ 'quotelens-quote-0': FIRST, 'quotelens-quote-1': SECOND, 'quotelens-quote-2': THIRD });
    await s.setCorrections(
      bookWith({ action: 'reassign', quote: quoteRef(quote('q2')), speaker: speakerRef('p1') }, { action: 'dismiss', quote: quoteRef(quote('q3')) }),
    );
    expect(painted()).toEqual({ 'quotelens-quote-0': `${FIRST}|${SECOND}` });
    await s.setCorrections(emptyBook());
    expect(painted()).toEqual({ 'quotelens-quote-0': FIRST, 'quotelens-quote-1': SECOND, 'quotelens-quote-2': THIRD });
  });

  it('paints a quote set to "speaker unknown" in the neutral colour', async () => {
    const { s, painted } = session();
    await s.setHighlights(true);
    await s.setCorrections(bookWith({ action: 'reassign', quote: quoteRef(quote('q1')), speaker: null }));
    expect(painted()).toMatchObject({ 'quotelens-quote-none': FIRST, 'quotelens-quote-1': SECOND });
  });

  it('applies stored corrections before the first paint, and the hover card names the new speaker', async () => {
    const book = bookWith({ action: 'reassign', quote: quoteRef(quote('q3')), speaker: speakerRef('p2') });
    const { s, painted } = session({ initialHighlights: Promise.resolve(true), initialCorrections: Promise.resolve(book) });
    const report = await s.report();
    expect(report.status === 'ok' && report.analysis.quotes.find((q) => q.id === 'q3')?.speakerId).toBe('p3');
    expect(painted()).toEqual({ 'quotelens-quote-0': FIRST, 'quotelens-quote-1': `${SECOND}|${THIRD}` });
    const card = cardContent(s.analysis()!, { kind: 'quote', ref: 'q3' });
    expect(card?.heading).toBe('Tom Okafor');
    expect(card?.lines).toContainEqual({ label: 'Quotes in article', value: '2' });
  });

  it('does not repaint when another page\'s corrections change', async () => {
    let changes = 0;
    const { s } = session({ onChange: () => void changes++ });
    await s.setHighlights(true);
    changes = 0;
    await s.setCorrections(addCorrection(emptyBook(), 'https://news.example/other', { action: 'dismiss', quote: quoteRef(quote('q1')) }, 1));
    expect(changes).toBe(0);
  });
});
