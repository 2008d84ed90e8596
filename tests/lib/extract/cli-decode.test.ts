import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffDeclaredCharset } from '@/lib/cli/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

describe('decodeHtml (CLI page decoding)', () => {
  it('keeps a UTF-8 page with one stray byte as UTF-8', () => {
    const body = '<p>Grüße aus Köln, schöne Straße, Größe, Übermut, Ärger, Öl, süß.</p>';
    const bytes = concat(utf8(`<html><head><meta charset="utf-8"></head><body>${body}`), new Uint8Array([0xe9]), utf8('</body></html>'));
    const text = decodeHtml(bytes);
    expect(text).toContain('Grüße aus Köln');
    expect(text).toContain('\ufffd');
  });

  it('reads a page that is not UTF-8 at all as windows-1252 even when labelled UTF-8', () => {
    const latin = new Uint8Array([...utf8('<meta charset="utf-8"><p>caf'), 0xe9, ...utf8(' cr'), 0xe8, ...utf8('me br'), 0xfb, ...utf8('l'), 0xe9, ...utf8('e</p>')]);
    expect(decodeHtml(latin)).toContain('café crème brûlée');
  });

  it('finds a charset declared after a long inline script', () => {
    const script = `<script>${'x'.repeat(100_000)}</script>`;
    const bytes = utf8(`<html><head>${script}<meta charset="iso-8859-1"></head></html>`);
    expect(sniffDeclaredCharset(bytes)).toBe('iso-8859-1');
  });
});
