import { describe, expect, it } from 'vitest';
import { createPartsInbox, holdPart, isPagePart, isPartsNote, partsSenderOf, splitIntoParts, wholePage, PART_CHARS } from '@/lib/messaging/page-parts';

/** Sends `html` through split and inbox as the content script and the reader do, in the given order. */
function roundTrip(html: string, size: number, order: (indexes: number[]) => number[] = (i) => i): string | null {
  const inbox = createPartsInbox(1_000_000);
  const parts = splitIntoParts(html, size);
  if (parts.length === 1) return parts[0]; // a short page goes whole, as the content script sends it
  const ahead = parts.slice(0, -1).map((text, index) => ({ id: 'p', index, text }));
  for (const i of order(ahead.map((_, i) => i))) inbox.add('7:0', ahead[i]);
  return inbox.take('7:0', { id: 'p', count: parts.length }, parts[parts.length - 1]);
}

describe('a page sent in parts', () => {
  const page = '<html><body>' + 'Der Bürgermeister sagte: „Wir bauen.“ 😀 '.repeat(300) + '</body></html>';

  it.each([1, 7, 100, 4096, page.length, page.length + 5])('comes back whole in parts of %i characters', (size) => {
    expect(roundTrip(page, size)).toBe(page);
  });

  it('comes back whole whatever order the parts arrive in', () => {
    expect(roundTrip(page, 100, (i) => [...i].reverse())).toBe(page);
  });

  it('never cuts a character outside the BMP in two', () => {
    for (const size of [1, 2, 3, 5, 8]) {
      const parts = splitIntoParts('a😀b😀😀c', size);
      expect(parts.join('')).toBe('a😀b😀😀c');
      for (const part of parts) expect(part).toBe(String.fromCodePoint(...[...part].map((c) => c.codePointAt(0)!)));
      for (const part of parts) expect(part).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
    }
  });

  it('is one part, maybe empty, when it is short', () => {
    expect(splitIntoParts('', 10)).toEqual(['']);
    expect(splitIntoParts('abc', 10)).toEqual(['abc']);
    expect(splitIntoParts('abcdef', 3)).toEqual(['abc', 'def']);
  });

  it('is not put together when a part is missing, and its parts are gone once asked for', () => {
    const inbox = createPartsInbox(1000);
    inbox.add('1:0', { id: 'p', index: 0, text: 'ab' });
    inbox.add('1:0', { id: 'p', index: 2, text: 'ef' });
    expect(inbox.take('1:0', { id: 'p', count: 4 }, 'gh')).toBeNull();
    inbox.add('1:0', { id: 'q', index: 0, text: 'ab' });
    expect(inbox.take('1:0', { id: 'q', count: 2 }, 'cd')).toBe('abcd');
    expect(inbox.take('1:0', { id: 'q', count: 2 }, 'cd')).toBeNull();
  });

  it("never completes one sender's page with another's parts", () => {
    const inbox = createPartsInbox(1000);
    inbox.add('1:0', { id: 'p', index: 0, text: 'tab one ' });
    expect(inbox.take('2:0', { id: 'p', count: 2 }, 'end')).toBeNull();
    expect(inbox.take('1:0', { id: 'p', count: 2 }, 'end')).toBe('tab one end');
  });

  it('refuses a page that grows past the limit, and holds only the newest pages', () => {
    const inbox = createPartsInbox(10, 2);
    expect(inbox.add('1:0', { id: 'big', index: 0, text: '123456' })).toBe(true);
    expect(inbox.add('1:0', { id: 'big', index: 1, text: '789012' })).toBe(false);
    expect(() => holdPart(inbox, '1:0', { id: 'big', index: 0, text: '12345678901' })).toThrow(/too large/);
    for (const id of ['a', 'b', 'c']) inbox.add('1:0', { id, index: 0, text: id });
    expect(inbox.take('1:0', { id: 'a', count: 2 }, '!')).toBeNull();
    expect(inbox.take('1:0', { id: 'c', count: 2 }, '!')).toBe('c!');
  });

  it('is whole again for the reader, or refused when it cannot be', () => {
    const inbox = createPartsInbox(1000);
    const sender = partsSenderOf({ tab: { id: 3 }, frameId: 0 });
    expect(wholePage(inbox, sender, { html: '<p>x</p>', source: 'u' })).toEqual({ html: '<p>x</p>', source: 'u' });
    holdPart(inbox, sender, { id: 'p', index: 0, text: '<p>' });
    expect(wholePage(inbox, sender, { html: 'x</p>', source: 'u', parts: { id: 'p', count: 2 } })).toEqual({ html: '<p>x</p>', source: 'u' });
    expect(() => wholePage(inbox, sender, { html: 'x</p>', source: 'u', parts: { id: 'p', count: 2 } })).toThrow(/did not arrive/);
  });
});

describe('what a part and a note may look like', () => {
  it.each([
    [{ id: 'p1', index: 0, text: '<html>' }, true],
    [{ id: 'p1', index: 2, text: 'x'.repeat(PART_CHARS) }, true],
    [{ id: 'p1', index: 2, text: 'x'.repeat(PART_CHARS + 1) }, false],
    [{ id: '', index: 0, text: '' }, false],
    [{ id: 'p1', index: -1, text: '' }, false],
    [{ id: 'p1', index: 1.5, text: '' }, false],
    [{ id: 'p1', index: 0, text: 5 }, false],
    [null, false],
  ])('part %#: %s', (data, ok) => expect(isPagePart(data)).toBe(ok));

  it.each([
    [{ id: 'p1', count: 2 }, true],
    [{ id: 'p1', count: 1 }, false],
    [{ id: 'p1', count: 5000 }, false],
    [{ id: 'x'.repeat(65), count: 2 }, false],
  ])('note %#: %s', (data, ok) => expect(isPartsNote(data)).toBe(ok));
});
