import { describe, expect, it } from 'vitest';
import { headOf, keyedAnalysisOf, type SentReading } from '@/lib/messaging/background-protocol';
import { createReadingShelf } from '@/lib/messaging/reading-shelf';

const article = { title: 'T', byline: null, siteName: null, lang: 'en', text: 'T\n\nBody.', bodyStart: 3, blocks: [] };
const reading = (title: string): SentReading => ({
  status: 'ok',
  article: { ...article, title },
  analysis: { source: 'https://news.example/a', quotes: [], entities: [], duplicates: [], boilerplate: [] } as never,
  timings: { parseMs: 1, extractMs: 2, analyzeMs: 3 },
});

/** Keys k1, k2, … in order, so the tests can name them. */
const counting = () => {
  let n = 0;
  return () => `k${++n}`;
};

describe('the background keeps each tab\'s last reading for the panel', () => {
  it('gives each kept reading a key and finds it only under that tab and key', () => {
    const shelf = createReadingShelf(counting());
    const kept = shelf.put(7, reading('first'));
    expect(kept).toMatchObject({ status: 'ok', key: 'k1' });
    expect(shelf.get(7, 'k1')).toBe(kept);
    expect(shelf.get(7, 'k2')).toBeNull();
    expect(shelf.get(8, 'k1')).toBeNull();
  });

  it('keeps a reading under the key it already carries (the offscreen document made it and keeps a copy)', () => {
    const shelf = createReadingShelf(counting());
    const kept = shelf.put(7, { ...reading('read offscreen'), key: 'offscreen-1' } as SentReading);
    expect(kept).toMatchObject({ key: 'offscreen-1' });
    expect(shelf.get(7, 'offscreen-1')).toBe(kept);
    expect(shelf.put(7, reading('next'))).toMatchObject({ key: 'k1' });
  });

  it('forgets a tab\'s older reading once a newer one is made (the page re-read itself)', () => {
    const shelf = createReadingShelf(counting());
    shelf.put(7, reading('first'));
    const newer = shelf.put(7, reading('second'));
    expect(shelf.get(7, 'k1')).toBeNull();
    expect(shelf.get(7, 'k2')).toBe(newer);
  });

  it('keeps no-article answers out (the page sends those itself) and drops a closed tab', () => {
    const shelf = createReadingShelf(counting());
    expect(shelf.put(7, { status: 'no-article', message: 'No article here.' })).toEqual({ status: 'no-article', message: 'No article here.' });
    shelf.put(8, reading('kept'));
    shelf.drop(8);
    expect(shelf.get(8, 'k1')).toBeNull();
  });

  it('holds at most `limit` tabs, letting the least recently read go first', () => {
    const shelf = createReadingShelf(counting(), 2);
    shelf.put(1, reading('a'));
    shelf.put(2, reading('b'));
    shelf.put(1, reading('a again'));
    shelf.put(3, reading('c'));
    expect(shelf.get(2, 'k2')).toBeNull();
    expect(shelf.get(1, 'k3')?.status).toBe('ok');
    expect(shelf.get(3, 'k4')?.status).toBe('ok');
  });

  it('sends a kept reading as its head (with the key) and its analysis, which together make it again', () => {
    const shelf = createReadingShelf(counting());
    const kept = shelf.put(7, reading('first'));
    const head = headOf(kept);
    expect(head).toMatchObject({ status: 'ok', key: 'k1' });
    expect(head && 'analysis' in head).toBe(false);
    const again = shelf.get(7, 'k1');
    expect(head?.status === 'ok' && again?.status === 'ok' && { ...head, analysis: again.analysis }).toEqual(kept);
    expect(headOf(reading('never kept'))).toBeNull();
    expect(headOf({ status: 'no-article', message: 'm' })).toEqual({ status: 'no-article', message: 'm' });
  });

  it('answers a page\'s early request with a kept reading\'s analysis and key, and with nothing otherwise', () => {
    const kept = createReadingShelf(counting()).put(7, reading('first'));
    expect(keyedAnalysisOf(kept)).toEqual({ key: 'k1', analysis: kept.status === 'ok' ? kept.analysis : null });
    expect(keyedAnalysisOf(reading('never kept'))).toBeNull();
    expect(keyedAnalysisOf({ status: 'no-article', message: 'm' })).toBeNull();
    expect(keyedAnalysisOf(null)).toBeNull();
  });

  it('makes keys nobody can guess by default', () => {
    const shelf = createReadingShelf();
    const a = shelf.put(1, reading('a'));
    const b = shelf.put(1, reading('b'));
    expect(a.status === 'ok' && b.status === 'ok' && a.key !== b.key && (a.key ?? '').length >= 16).toBe(true);
  });
});
