import { describe, expect, it } from 'vitest';
import {
  isFromOwnContentScript,
  isFromOwnExtensionContext,
  isAnalysisRequest,
  isPageHtml,
  isReadingHead,
  isReadingRequest,
  isSentAnalysis,
  isSentReading,
  MAX_PAGE_HTML_CHARS,
} from '@/lib/messaging/validate-article';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const TEXT = 'The harbour board voted to delay the ferry fare rise until spring.';
const article = { text: TEXT, title: 'Ferry fares', byline: null, siteName: null, lang: 'en', bodyStart: 0, blocks: [{ start: 0, end: TEXT.length, kind: 'paragraph', linkChars: 0 }] };
const analysis = { source: 'https://news.example/a', title: 'Ferry fares', byline: null, siteName: null, lang: 'en', text: TEXT, bodyStart: 0, entities: [], quotes: [], duplicates: [], boilerplate: [] };
const timings = { parseMs: 3.5, extractMs: 12, analyzeMs: 4 };

describe('isPageHtml', () => {
  it.each([
    ['a page and its URL', { html: '<html><body><p>Hi</p></body></html>', source: 'https://news.example/a' }, true],
    ['an empty page', { html: '', source: 'https://news.example/a' }, true],
    ['html that is not a string', { html: 42, source: 'https://news.example/a' }, false],
    ['no source', { html: '<p>Hi</p>' }, false],
    ['a source longer than any URL', { html: '<p>Hi</p>', source: 'x'.repeat(10_000) }, false],
    ['a page over the size limit', { html: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1), source: 'https://news.example/a' }, false],
    ['the last part of a page sent in parts', { html: '</html>', source: 'https://news.example/a', parts: { id: 'p1', count: 3 } }, true],
    ['parts that are only one (a page that short goes whole)', { html: '', source: 'https://news.example/a', parts: { id: 'p1', count: 1 } }, false],
    ['parts without an id', { html: '', source: 'https://news.example/a', parts: { count: 3 } }, false],
    ['an array', [{ html: '', source: '' }], false],
    ['null', null, false],
  ])('%s -> %s', (_name, data, ok) => expect(isPageHtml(data)).toBe(ok));
});

const { text: _sameAsArticle, ...sentAnalysis } = analysis;

describe('isSentReading', () => {
  it.each([
    ['an article with its analysis, sent without the analysis text', { status: 'ok', article, analysis: sentAnalysis, timings }, true],
    ['an analysis that carries the text a second time', { status: 'ok', article, analysis, timings }, false],
    ['a typed no-article answer', { status: 'no-article', message: 'No article found on this page.' }, true],
    ['no-article without a message', { status: 'no-article' }, false],
    ['an analysis of another text', { status: 'ok', article, analysis: { ...sentAnalysis, text: 'Another story.' }, timings }, false],
    ['quotes that are not a list', { status: 'ok', article, analysis: { ...sentAnalysis, quotes: {} }, timings }, false],
    ['a block beyond the text', { status: 'ok', article: { ...article, blocks: [{ start: 0, end: 999, kind: 'paragraph', linkChars: 0 }] }, analysis: sentAnalysis, timings }, false],
    ['timings missing', { status: 'ok', article, analysis: sentAnalysis }, false],
    ['a timing that is not a number', { status: 'ok', article, analysis: sentAnalysis, timings: { ...timings, parseMs: 'fast' } }, false],
    ['an unknown status', { status: 'maybe', message: 'x' }, false],
    ['undefined (no answer)', undefined, false],
    ['a reading the background kept under a key', { status: 'ok', article, analysis: sentAnalysis, timings, key: 'a1b2' }, true],
    ['a key that is not a string', { status: 'ok', article, analysis: sentAnalysis, timings, key: 12 }, false],
  ])('%s -> %s', (_name, value, ok) => expect(isSentReading(value)).toBe(ok));
});

describe('the reading in two messages: its head, then its analysis', () => {
  it.each([
    ['the article, its timings and the key of the kept reading', { status: 'ok', article, timings, key: 'k1' }, true],
    ['no key (nothing kept to fetch the analysis from)', { status: 'ok', article, timings }, false],
    ['an article with a block beyond its text', { status: 'ok', article: { ...article, blocks: [{ start: 0, end: 999, kind: 'paragraph', linkChars: 0 }] }, timings, key: 'k1' }, false],
    ['timings missing', { status: 'ok', article, key: 'k1' }, false],
    ['a typed no-article answer', { status: 'no-article', message: 'No article found on this page.' }, true],
  ])('head: %s -> %s', (_name, value, ok) => expect(isReadingHead(value)).toBe(ok));

  it.each([
    ['an analysis without its text', sentAnalysis, true],
    ['an analysis with its text again', analysis, false],
    ['an analysis whose quotes are not a list', { ...sentAnalysis, quotes: 'q' }, false],
    ['null (the background no longer has it)', null, false],
  ])('analysis: %s -> %s', (_name, value, ok) => expect(isSentAnalysis(value)).toBe(ok));

  it.each([
    [{ key: 'k1' }, true],
    [{ key: '' }, false],
    [{ key: 7 }, false],
    [{}, false],
  ])('request %j -> %s', (value, ok) => expect(isAnalysisRequest(value)).toBe(ok));
});

describe('isReadingRequest', () => {
  it.each([
    [{ tabId: 4, key: 'a1b2' }, true],
    [{ tabId: -1, key: 'a1b2' }, false],
    [{ tabId: 4, key: '' }, false],
    [{ tabId: 4, key: 'x'.repeat(200) }, false],
    [{ tabId: '4', key: 'a1b2' }, false],
    [{ key: 'a1b2' }, false],
    [null, false],
  ])('%j -> %s', (value, ok) => expect(isReadingRequest(value)).toBe(ok));
});

describe('senders', () => {
  it.each([
    ['our service worker', { id: ID, url: `${ORIGIN}background.js` }, true],
    ['our content script (it has a tab)', { id: ID, url: 'https://news.example/a', tab: { id: 3 } }, false],
    ['our own page shown in a tab', { id: ID, url: `${ORIGIN}popup.html`, tab: { id: 3 } }, false],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/background.js' }, false],
    ['our id with a foreign URL', { id: ID, url: 'https://news.example/a' }, false],
    ['no URL', { id: ID }, false],
    ['no sender', undefined, false],
  ])('extension context: %s -> %s', (_name, sender, ok) => expect(isFromOwnExtensionContext(sender, ID, ORIGIN)).toBe(ok));

  it.each([
    ['our content script', { id: ID, tab: { id: 3 } }, true],
    ['our service worker (no tab)', { id: ID }, false],
    ['another extension in a tab', { id: 'zzzz', tab: { id: 3 } }, false],
  ])('content script: %s -> %s', (_name, sender, ok) => expect(isFromOwnContentScript(sender, ID)).toBe(ok));
});
