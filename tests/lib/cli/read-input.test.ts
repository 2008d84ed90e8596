import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '@/lib/cli/expand-inputs';
import { InputError } from '@/lib/cli/input-error';
import { binaryKind, readInputBytes } from '@/lib/cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'quotelens-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = '<!doctype html><html><head><title>Bridge</title></head><body><p>\u201cWe will,\u201d she said.</p></body></html>';
const bytesOf = (...values: number[]) => Uint8Array.from(values);
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

describe('binaryKind', () => {
  it.each([
    ['an HTML page', new TextEncoder().encode(page), null],
    ['UTF-16LE text with its byte-order mark (NULs and all)', bytesOf(0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00), null],
    ['UTF-16BE text with its byte-order mark', bytesOf(0xfe, 0xff, 0x00, 0x3c, 0x00, 0x70), null],
    ['windows-1252 text with high bytes', bytesOf(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94), null],
    ['an empty file', new Uint8Array(0), null],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), 'PDF data'],
    ['a PNG', bytesOf(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'PNG data'],
    ['a JPEG', bytesOf(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), 'JPEG data'],
    ['a zip archive (or .docx)', bytesOf(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'ZIP data'],
    ['a short text with a NUL byte', new TextEncoder().encode('<p>one\u0000two</p>'), 'binary data'],
    ['a long page with a few stray NULs (as real pages have)', new TextEncoder().encode(`${'<p>Some text of the article.</p>'.repeat(200)}\u0000\u0000`), null],
    ['bytes full of control codes', bytesOf(...Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x41))), 'binary data'],
    ['gzip left inside gzip', bytesOf(0x1f, 0x8b, 0x08, 0x00), 'gzip inside gzip'],
  ])('%s', (_what, bytes, expected) => {
    expect(binaryKind(bytes)).toBe(expected);
  });
});

describe('readInputBytes', () => {
  it('gunzips a .gz file and names the file inside', async () => {
    const read = await readInputBytes(file('page.html.gz', gzipSync(page)));
    expect(new TextDecoder().decode(read.bytes)).toBe(page);
    expect(read.innerName).toBe(join(dir, 'page.html'));
  });

  it('gunzips gzip bytes saved under a plain .html name (by the magic number)', async () => {
    const read = await readInputBytes(file('stored.html', gzipSync(page)));
    expect(new TextDecoder().decode(read.bytes)).toBe(page);
  });

  it('keeps a .txt.gz a text file', async () => {
    expect((await readInputBytes(file('notes.txt.gz', gzipSync('Title\n\nBody')))).innerName).toMatch(/notes\.txt$/);
  });

  it.each([
    ['bytes with NULs', 'random.html', bytesOf(0x3c, 0x00, 0x01, 0x02, 0x00), /random\.html: not an HTML or text file \(binary data\)$/],
    ['a PDF saved as .html', 'paper.html', new TextEncoder().encode('%PDF-1.4\nstream'), /paper\.html: not an HTML or text file \(PDF data\)$/],
    ['a gzipped PNG', 'image.html.gz', gzipSync(bytesOf(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)), /image\.html\.gz: not an HTML or text file \(PNG data\)$/],
    ['a damaged gzip', 'broken.html.gz', bytesOf(0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02), /broken\.html\.gz: not an HTML or text file \(damaged gzip/],
  ])('refuses %s with one line', async (_what, name, content, message) => {
    const reading = readInputBytes(file(name, content));
    await expect(reading).rejects.toBeInstanceOf(InputError);
    await expect(reading).rejects.toThrow(message);
  });

  it('refuses a directory and names the option that walks it', async () => {
    mkdirSync(join(dir, 'folder'), { recursive: true });
    await expect(readInputBytes(join(dir, 'folder'))).rejects.toThrow(/folder is a directory; pass --recursive/);
  });

  it('says when a file is missing', async () => {
    await expect(readInputBytes(join(dir, 'nope.html'))).rejects.toThrow(/^no such file: /);
  });
});

describe('expandInputs', () => {
  const root = join(dir, 'crawl');
  file('crawl/b.html', page);
  file('crawl/a.htm.gz', gzipSync(page));
  file('crawl/style.css', 'p{}');
  file('crawl/img.png', bytesOf(0x89, 0x50));
  file('crawl/2020/z.txt', 'Title\n\nBody');
  file('crawl/2020/c.HTML', page);
  mkdirSync(join(dir, 'empty'), { recursive: true });

  it('walks a directory with --recursive: only pages and text files, sorted, depth first', () => {
    expect(expandInputs([root], true)).toEqual([
      { input: join(root, '2020/c.HTML') },
      { input: join(root, '2020/z.txt') },
      { input: join(root, 'a.htm.gz') },
      { input: join(root, 'b.html') },
    ]);
  });

  it('leaves a directory as one input without --recursive (the reader refuses it)', () => {
    expect(expandInputs([root, 'https://example.com/a'], false)).toEqual([{ input: root }, { input: 'https://example.com/a' }]);
  });

  it('reports a directory holding no pages as an error in the batch', () => {
    expect(expandInputs([join(dir, 'empty')], true)).toEqual([{ input: join(dir, 'empty'), error: `${join(dir, 'empty')}: no .html, .htm or .txt files in this directory` }]);
  });

  it('passes files and URLs through untouched', () => {
    expect(expandInputs([join(root, 'b.html'), 'https://example.com/a'], true)).toEqual([{ input: join(root, 'b.html') }, { input: 'https://example.com/a' }]);
  });
});
