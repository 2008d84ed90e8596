import { describe, expect, it } from 'vitest';
import { isAccessError, restrictionOf } from '@/lib/panel/restricted-url';

describe('restrictionOf', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['edge://settings/privacy', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:reader?url=https%3A%2F%2Fnews.example%2Fa', 'browser-page'],
    ['moz-extension://0f1e2d3c/popup.html', 'browser-page'],
    ['view-source:https://news.example/story', 'browser-page'],
    ['data:text/html,<p>hi</p>', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['not a url', 'browser-page'],
    ['https://chromewebstore.google.com/detail/some-extension/abcdef', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/some-addon/', 'web-store'],
    ['https://ADDONS.mozilla.org/de/firefox/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x/y', 'web-store'],
    ['file:///home/reader/saved-article.html', 'file-access'],
  ])('%s cannot be scripted: %s', (url, reason) => {
    expect(restrictionOf(url)).toBe(reason);
  });

  it.each([
    'https://news.example/2025/05/harbour-ferry',
    'http://127.0.0.1:8080/article.html',
    'https://chrome.google.com/search?q=news',
    'https://mozilla.org/en-US/about/',
    'https://addons.example.org/firefox/',
    'https://www.example.com/view-source/page',
  ])('%s can be scripted', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });

  it('allows file pages once file access is granted', () => {
    expect(restrictionOf('file:///tmp/article.html', true)).toBeNull();
  });

  it('leaves an unknown URL to the injection attempt', () => {
    expect(restrictionOf(undefined)).toBeNull();
    expect(restrictionOf('')).toBeNull();
  });
});

describe('isAccessError', () => {
  it.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', true],
    ['Cannot access a chrome:// URL', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Missing host permission for the tab', true],
    ['Could not load file: content-scripts/content.js', false],
    ['No tab with id: 42.', false],
  ])('%s -> %s', (message, expected) => {
    expect(isAccessError(message)).toBe(expected);
  });
});
