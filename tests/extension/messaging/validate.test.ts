import { describe, expect, it } from 'vitest';
import { isFromExtensionPage, isGetReportData, isLeanPageReport, isPageReport, isRevealData, isSetHighlightsData } from '@/lib/messaging/validate';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('payload shapes', () => {
  it.each([
    [{ enabled: true }, true],
    [{ enabled: false }, true],
    [{ enabled: 'yes' }, false],
    [{}, false],
    [null, false],
    [[true], false],
  ])('setHighlights %j -> %s', (data, ok) => expect(isSetHighlightsData(data)).toBe(ok));

  it.each([
    [{ start: 0, end: 12 }, true],
    [{ start: 5, end: 5 }, false],
    [{ start: 9, end: 3 }, false],
    [{ start: -1, end: 3 }, false],
    [{ start: 1.5, end: 3 }, false],
    [{ start: '1', end: 3 }, false],
    [{ start: 0, end: Number.POSITIVE_INFINITY }, false],
    ['0-12', false],
  ])('reveal %j -> %s', (data, ok) => expect(isRevealData(data)).toBe(ok));

  it.each([
    [undefined, true],
    [null, true],
    [{ anything: 1 }, false],
    [{ early: true }, true],
    [{ early: false }, true],
    [{ early: 'yes' }, false],
    [{ early: true, more: 1 }, false],
    [{ early: true, lean: true }, true],
    [{ lean: false }, true],
    [{ lean: 'yes' }, false],
    [{}, false],
  ])('getReport %j -> %s', (data, ok) => expect(isGetReportData(data)).toBe(ok));
});

describe('isFromExtensionPage', () => {
  it.each([
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, true],
    ['the popup opened in a tab for tests', { id: ID, url: `${ORIGIN}popup.html?tabId=4` }, true],
    ['our content script in another tab', { id: ID, url: 'https://news.example/story' }, false],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/popup.html' }, false],
    ['a sender without id', { url: `${ORIGIN}popup.html` }, false],
    ['no sender', undefined, false],
  ])('%s -> %s', (_name, sender, ok) => expect(isFromExtensionPage(sender, ID, ORIGIN)).toBe(ok));
});

describe('isPageReport', () => {
  const analysis = { text: 'A', quotes: [], entities: [], duplicates: [], boilerplate: [] };
  it.each([
    [{ status: 'ok', analysis, highlights: { enabled: true } }, true],
    [{ status: 'ok', analysis: { ...analysis, quotes: 'none' }, highlights: {} }, false],
    [{ status: 'no-article', message: 'No article found on this page.' }, true],
    [{ status: 'error' }, false],
    [{ status: 'weird', message: 'x' }, false],
    ['ok', false],
  ])('%j -> %s', (value, ok) => expect(isPageReport(value)).toBe(ok));
});

describe('isLeanPageReport', () => {
  it.each([
    [{ status: 'ok', readingKey: 'k1', highlights: { enabled: true } }, true],
    [{ status: 'ok', readingKey: 'k1', highlights: { enabled: true }, analysis: { text: 'A' } }, false],
    [{ status: 'ok', highlights: { enabled: true } }, false],
    [{ status: 'ok', readingKey: 3, highlights: {} }, false],
    [{ status: 'no-article', message: 'x', readingKey: 'k1' }, false],
  ])('%j -> %s', (value, ok) => expect(isLeanPageReport(value)).toBe(ok));
});
