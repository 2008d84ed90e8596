import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffDeclaredCharset } from '@/lib/cli/decode';

const latin1Bytes = (text: string, extra: Record<string, number> = {}) =>
  Uint8Array.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
const cp1252 = { '\u201C': 0x93, '\u201D': 0x94, '\u2019': 0x92, '\u2014': 0x97, '\u20AC': 0x80 };

describe('decodeHtml', () => {
  it.each([
    ['windows-1252 declared in a meta tag', '<meta charset="windows-1252"><p>\u201CIt\u2019s \u20AC5 \u2014 caf\u00e9,\u201D she said.</p>'],
    ['ISO-8859-1 declared (browsers read it as windows-1252)', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\u201Cna\u00efve\u201D</p>'],
    ['a charset declared after 3 KB of comments', `<!-- ${'x'.repeat(3000)} --><meta charset="iso-8859-1"><p>\u201Cd\u00e9j\u00e0\u201D</p>`],
    ['no declaration and bytes that are not UTF-8', '<p>\u201CCaf\u00e9\u201D</p>'],
  ])('decodes %s', (_what, html) => {
    expect(decodeHtml(latin1Bytes(html, cp1252))).toBe(html);
  });

  it('decodes UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('<p>\u201CZ\u00fcrich\u201D \u2014 \u65e5\u672c</p>');
    expect(decodeHtml(bytes)).toBe('<p>\u201CZ\u00fcrich\u201D \u2014 \u65e5\u672c</p>');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toBe('<p>\u201CZ\u00fcrich\u201D \u2014 \u65e5\u672c</p>');
  });

  it('falls back to windows-1252 when a page claims UTF-8 but is not', () => {
    expect(decodeHtml(latin1Bytes('<meta charset="utf-8"><p>caf\u00e9</p>'))).toContain('caf\u00e9');
  });

  it('survives an unknown charset label', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-no-such-thing"><p>ok</p>'))).toContain('<p>ok</p>');
  });

  it('sniffs the declared charset', () => {
    expect(sniffDeclaredCharset(new TextEncoder().encode('<head><meta charset=Shift_JIS>'))).toBe('Shift_JIS');
    expect(sniffDeclaredCharset(new TextEncoder().encode('<head><title>none</title>'))).toBeNull();
  });
});
