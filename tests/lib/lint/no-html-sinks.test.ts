import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeHits, findSinks, scanSources, sourceFiles } from './html-sinks';

// Nothing is allow-listed: no file of the extension needs any of these sinks.
const SCANNED = ['entrypoints', 'components', 'lib'];

describe('no HTML or code sinks in the extension source', () => {
  it('scans a real set of files', () => {
    const files = sourceFiles(resolve('.'), SCANNED);
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('entrypoints/content/index.ts');
  });

  it('finds none in entrypoints/, components/ and lib/', () => {
    const hits = scanSources(resolve('.'), SCANNED);
    expect(hits, describeHits(hits)).toEqual([]);
  });
});

describe('the sink finder itself', () => {
  it.each([
    ['card.innerHTML = quote.text;', 'innerHTML'],
    ['const html = el.innerHTML', 'innerHTML'],
    ['el.outerHTML = text', 'outerHTML assignment'],
    ["el.insertAdjacentHTML('beforeend', name)", 'insertAdjacentHTML'],
    ['<p dangerouslySetInnerHTML={{ __html: quote.text }} />', 'dangerouslySetInnerHTML'],
    ['document.write(title)', 'document.write'],
    ['document.writeln(title)', 'document.write'],
    ['const value = eval(code);', 'eval'],
    ['const fn = new Function("a", body);', 'new Function'],
    ["setTimeout('refresh()', 10)", 'string timer'],
    ['setInterval(`tick()`, 10)', 'string timer'],
    ["link.href = 'javascript:void(0)'", 'javascript: URL'],
    ['range.createContextualFragment(markup)', 'createContextualFragment'],
    ['frame.srcdoc = page', 'srcdoc'],
  ])('flags %s', (line, sink) => {
    expect(findSinks(line, 'x.ts').map((h) => h.sink)).toContain(sink);
  });

  it.each([
    ['node.textContent = quote.text;'],
    ["expect(page.evaluate('document.documentElement.outerHTML'))"],
    ['if (a.outerHTML === b.outerHTML) return;'],
    ['setTimeout(() => refresh(), 10)'],
    ['const retrieval = evaluate(text);'],
    ['heading.textContent = content.heading;'],
    ["const BLOCKED = ['data:', 'javascript:', 'blob:'];"],
  ])('lets %s pass', (line) => {
    expect(findSinks(line, 'x.ts')).toEqual([]);
  });

  it('fails on a planted sink, naming the file and the line', () => {
    const root = mkdtempSync(join(tmpdir(), 'quotelens-lint-'));
    try {
      mkdirSync(join(root, 'lib', 'page'), { recursive: true });
      writeFileSync(join(root, 'lib', 'page', 'clean.ts'), 'export const a = 1;\n');
      writeFileSync(join(root, 'lib', 'page', 'planted.ts'), 'export function show(el: Element, text: string) {\n  el.innerHTML = text;\n}\n');
      const hits = scanSources(root, ['lib']);
      expect(describeHits(hits)).toBe('lib/page/planted.ts:2: innerHTML: el.innerHTML = text;');
      expect(() => expect(hits, describeHits(hits)).toEqual([])).toThrow(/planted\.ts:2/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
