import { describe, expect, it } from 'vitest';
import { quoteRef } from '@/lib/corrections/apply-corrections';
import { MAX_PAGES, MAX_PER_PAGE, addCorrection, correctionsFor, emptyBook, pageKey, parseBook, removeCorrection } from '@/lib/corrections/book';
import type { Correction } from '@/lib/corrections/types';
import { sampleAnalysis } from '../../extension/popup/sample-analysis';

const dismiss = (i: number): Correction => ({ action: 'dismiss', quote: quoteRef(sampleAnalysis.quotes[i]) });
const url = 'https://news.example/harbour-ferry';

describe('pageKey', () => {
  it.each([
    ['https://news.example/story#comments', 'https://news.example/story'],
    ['https://news.example/story?id=7', 'https://news.example/story?id=7'],
    ['not a url', null],
    [`https://news.example/${'a'.repeat(3000)}`, null],
  ])('%s -> %s', (input, expected) => {
    expect(pageKey(input)).toBe(expected);
  });
});

describe('the corrections book', () => {
  it('adds, replaces and removes corrections of a page', () => {
    let book = addCorrection(emptyBook(), url, dismiss(0), 1);
    book = addCorrection(book, `${url}#top`, dismiss(1), 2);
    expect(correctionsFor(book, url)).toEqual([dismiss(0), dismiss(1)]);
    const reassign: Correction = { action: 'reassign', quote: quoteRef(sampleAnalysis.quotes[0]), speaker: null };
    book = addCorrection(book, url, reassign, 3);
    expect(correctionsFor(book, url)).toEqual([dismiss(1), reassign]);
    book = removeCorrection(book, url, sampleAnalysis.quotes[1].id, 4);
    book = removeCorrection(book, url, sampleAnalysis.quotes[0].id, 5);
    expect(book.pages).toEqual({});
  });

  it(`keeps only the ${MAX_PAGES} most recently changed pages`, () => {
    let book = emptyBook();
    for (let i = 0; i < MAX_PAGES + 3; i++) book = addCorrection(book, `https://news.example/p${i}`, dismiss(0), 1000 + i);
    expect(Object.keys(book.pages)).toHaveLength(MAX_PAGES);
    expect(correctionsFor(book, 'https://news.example/p0')).toEqual([]);
    expect(correctionsFor(book, 'https://news.example/p3')).toHaveLength(1);
    // Touching an old page makes it the newest again.
    book = addCorrection(book, 'https://news.example/p3', dismiss(1), 9999);
    book = addCorrection(book, 'https://news.example/new', dismiss(0), 10000);
    expect(correctionsFor(book, 'https://news.example/p3')).toHaveLength(2);
    expect(correctionsFor(book, 'https://news.example/p4')).toEqual([]);
  });

  it(`keeps at most ${MAX_PER_PAGE} corrections per page`, () => {
    let book = emptyBook();
    for (let i = 0; i < MAX_PER_PAGE + 5; i++) {
      book = addCorrection(book, url, { action: 'dismiss', quote: { id: `q${i}`, start: i, end: i + 1, text: 'x' } }, i);
    }
    const items = correctionsFor(book, url);
    expect(items).toHaveLength(MAX_PER_PAGE);
    expect(items[0].quote.id).toBe('q5');
  });
});

describe('parseBook (reading stored data)', () => {
  const good = addCorrection(emptyBook(), url, dismiss(2), 5);

  it('reads back a valid book unchanged', () => {
    expect(parseBook(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'corrupted'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['pages as an array', { pages: [] }],
    ['pages as null', { pages: null }],
  ])('gives an empty book for %s', (_, raw) => {
    expect(parseBook(raw)).toEqual(emptyBook());
  });

  it('drops bad pages and bad corrections one by one', () => {
    const raw = {
      pages: {
        [url]: { at: 5, items: [dismiss(2), { action: 'explode', quote: quoteRef(sampleAnalysis.quotes[0]) }, { action: 'dismiss', quote: { id: 'q', start: 9, end: 3, text: 'x' } }, null] },
        'https://news.example/no-time': { items: [dismiss(1)] },
        'https://news.example/not-array': { at: 1, items: 'x' },
        'not a url': { at: 1, items: [dismiss(1)] },
        'https://news.example/bad-speaker': { at: 1, items: [{ action: 'reassign', quote: quoteRef(sampleAnalysis.quotes[0]), speaker: { id: 3 } }] },
      },
    };
    expect(parseBook(raw)).toEqual(good);
  });
});
