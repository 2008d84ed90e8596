import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '@/lib/panel/deps';
import { isTabReady } from '@/lib/panel/panel-messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isTabReady', () => {
  it.each([
    [{ type: 'quotelens:tab-ready', tabId: 4 }, { id: ID, url: `${ORIGIN}popup.html` }, true],
    [{ type: 'quotelens:tab-ready', tabId: 4 }, { id: ID, url: 'https://news.example/' }, false],
    [{ type: 'quotelens:tab-ready', tabId: 4 }, { id: 'another-extension', url: `${ORIGIN}popup.html` }, false],
    [{ type: 'quotelens:tab-ready', tabId: 4 }, undefined, false],
    [{ type: 'quotelens:tab-ready', tabId: -1 }, { id: ID, url: `${ORIGIN}popup.html` }, false],
    [{ type: 'quotelens:tab-ready', tabId: '4' }, { id: ID, url: `${ORIGIN}popup.html` }, false],
    [{ type: 'getReport', tabId: 4 }, { id: ID, url: `${ORIGIN}popup.html` }, false],
    [null, { id: ID, url: `${ORIGIN}popup.html` }, false],
  ])('%j from %j -> %s', (message, sender, expected) => {
    expect(isTabReady(message, sender, ID, ORIGIN)).toBe(expected);
  });
});

describe('downloadText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('clicks a temporary download link to a Blob URL, then removes the link and frees the URL', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:quotelens/1'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadText(document, 'quotelens-story.csv', 'text/csv', 'a,b\r\n');
    expect(clicked).toEqual([{ href: 'blob:quotelens/1', download: 'quotelens-story.csv' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(await blobs[0].text()).toBe('a,b\r\n');
    expect(blobs[0].type).toBe('text/csv');
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:quotelens/1');
  });
});
