import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageHtml, readSentPage, readSentPageAsKnowledgeComes } from '@/entrypoints/offscreen/read-page';
import { extractArticle } from '@/lib/extract/extract-article';
import { fromSentReading, toSentReading } from '@/lib/messaging/background-protocol';
import { isSentReading } from '@/lib/messaging/validate-article';
import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
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

  it('reads the same while the site knowledge is still on its way, and uses it once it comes', async () => {
    loadPage('markup-quotes.html');
    const page = { html: `<!DOCTYPE html>${document.documentElement.outerHTML}`, source: SOURCE };
    // Timings aside (the analysis's own included): the same reading either way.
    const strip = (r: ReturnType<typeof readSentPage>) => (r.status === 'ok' ? { ...r, timings: null, analysis: { ...r.analysis, timing: null } } : r);
    let arrive: (knowledge: null) => void = () => {};
    const later = readSentPageAsKnowledgeComes(page, new Promise((resolve) => (arrive = resolve)));
    arrive(null);
    expect(strip(await later)).toEqual(strip(readSentPage(page, null)));
    // A line the site memory has seen on the site's other pages is boilerplate here: only if the analysis waited for it.
    const plain = readSentPage(page, null);
    if (plain.status !== 'ok') throw new Error(plain.message);
    const line = plain.article.text.split('\n').filter((l) => l.length > 20).at(-1)!;
    const known = await readSentPageAsKnowledgeComes(page, Promise.resolve({ repeatedLines: [lineFingerprint(line)], verdicts: [] }));
    if (known.status !== 'ok') throw new Error(known.message);
    const texts = (r: typeof known) => r.analysis.boilerplate.map((b) => plain.article.text.slice(b.start, b.end));
    expect(texts(plain)).not.toContain(line);
    expect(texts(known)).toContain(line);
  });

  it('answers a page without an article without waiting on the knowledge', async () => {
    const never = new Promise<null>(() => {});
    const reading = await readSentPageAsKnowledgeComes({ html: '<html><body><p>Hi.</p></body></html>', source: SOURCE }, never);
    expect(reading.status).toBe('no-article');
  });
});
