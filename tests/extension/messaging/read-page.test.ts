import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageHtml } from '@/entrypoints/offscreen/read-page';
import { extractArticle } from '@/lib/extract/extract-article';
import { fromSentReading, toSentReading } from '@/lib/messaging/background-protocol';
import { isSentReading } from '@/lib/messaging/validate-article';
import { loadPage } from '../page/helpers';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
const SOURCE = 'https://news.example/story';

describe('readPageHtml: the background reads the page the content script serialised', () => {
  it('finds the same article as extraction in the page, and analyses it', () => {
    loadPage('markup-quotes.html');
    const inPage = extractArticle(document);
    const reading = readPageHtml({ html: `<!DOCTYPE html>${document.documentElement.outerHTML}`, source: SOURCE });
    if (reading.status !== 'ok') throw new Error(reading.message);
    expect(reading.article).toEqual(inPage);
    expect(reading.analysis.text).toBe(inPage.text);
    expect(reading.analysis.source).toBe(SOURCE);
    expect(reading.analysis.quotes.length).toBeGreaterThan(0);
    const sent = toSentReading(reading);
    expect(isSentReading(sent)).toBe(true);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(reading).length - inPage.text.length);
    expect(fromSentReading(sent)).toEqual(reading);
  });

  it('answers a page without an article with the typed no-article result', () => {
    const reading = readPageHtml({ html: fixture('no-article.html'), source: SOURCE });
    expect(reading).toEqual({ status: 'no-article', message: expect.any(String) });
    expect(isSentReading(toSentReading(reading))).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['a lone tag', '<html>'],
    ['text without markup', 'Sign in to continue.'],
  ])('answers %s with no-article, never a crash', (_name, html) => {
    expect(readPageHtml({ html, source: SOURCE }).status).toBe('no-article');
  });

  it('reports where the time went', () => {
    let clock = 0;
    const reading = readPageHtml({ html: fixture('markup-quotes.html'), source: SOURCE }, undefined, () => (clock += 5));
    expect(reading.status === 'ok' && reading.timings).toEqual({ parseMs: 5, extractMs: 5, analyzeMs: 5, startedAt: expect.any(Number) });
  });

  it('parses into an inert document: the page text is never run', () => {
    const html = fixture('markup-quotes.html').replace('</body>', '<script>globalThis.__quotelensRan = true</script><img src="x" onerror="globalThis.__quotelensRan = true"></body>');
    readPageHtml({ html, source: SOURCE });
    expect((globalThis as { __quotelensRan?: boolean }).__quotelensRan).toBeUndefined();
  });

  it('throws back what is not a missing article (the sender falls back to the page)', () => {
    expect(() => readPageHtml({ html: '<p>x</p>', source: SOURCE }, () => { throw new TypeError('no parser'); })).toThrow('no parser');
  });
});
