/**
 * Hostile and odd inputs, generated rather than checked in (some are megabytes). Each case says what
 * a correct outcome is: an analysis (optionally with a check), or a clean one-line failure.
 */
import type { Analysis } from '@/lib/analysis/types';

export interface HostileCase {
  name: string;
  file: string;
  content: string | Uint8Array;
  expect: 'analysis' | 'error' | 'either';
  check?: (analysis: Analysis) => void;
}

const paragraph = (i: number) =>
  `<p>Paragraph ${i}: "We will keep working on the bridge," said Mayor Lena Ortiz, who leads the council. ` +
  `The council met on Tuesday and voted to fund the repairs before winter, officials said.</p>`;

const articlePage = (body: string, head = '<meta charset="utf-8"><title>Bridge repairs</title>') =>
  `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Bridge repairs</h1>${body}</article></body></html>`;

/** Windows-1252 bytes for a page whose charset is declared only after 3 KB of comments. */
function lateCharsetPage(): Uint8Array {
  const filler = `<!-- ${'x'.repeat(3000)} -->`;
  const html = articlePage(
    Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: \u201cC\u00e9line est d\u00e9j\u00e0 partie,\u201d said Ren\u00e9 Dupr\u00e9, the caf\u00e9 owner. The caf\u00e9 opened in 1998 on the corner of the old market square.</p>`).join(''),
    `${filler}<meta charset="windows-1252"><title>Caf\u00e9</title>`,
  );
  const bytes = new Uint8Array(html.length);
  const cp1252: Record<number, number> = { 0x201c: 0x93, 0x201d: 0x94 };
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    bytes[i] = cp1252[code] ?? (code < 256 ? code : 0x3f);
  }
  return bytes;
}

function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

export function hostileCases(): HostileCase[] {
  const manyParagraphs = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('');
  return [
    { name: 'empty html file', file: 'empty.html', content: '', expect: 'error' },
    { name: 'empty text file', file: 'empty.txt', content: '', expect: 'either' },
    { name: 'random bytes', file: 'random.html', content: randomBytes(20000, 7), expect: 'either' },
    {
      name: 'login page',
      file: 'login.html',
      content: '<!doctype html><title>Sign in</title><form><label>Email <input name=e></label><button>Sign in</button></form>',
      expect: 'error',
    },
    { name: 'page with no paragraphs', file: 'no-paragraphs.html', content: '<html><body><div><span>Home</span> <a href="/">Back</a></div></body></html>', expect: 'either' },
    {
      name: 'thousands of nested elements',
      file: 'nested.html',
      content: articlePage('<div>'.repeat(5000) + manyParagraphs + '</div>'.repeat(5000)),
      expect: 'either',
    },
    {
      name: 'stray quotation marks by the thousand',
      file: 'stray-quotes.html',
      content: articlePage(Array.from({ length: 200 }, (_, i) => `<p>${'" \u201c \u00ab \u201e \u2018 '.repeat(40)} said ${i}</p>`).join('') + manyParagraphs),
      expect: 'analysis',
    },
    {
      name: 'enormous article',
      file: 'enormous.html',
      content: articlePage(Array.from({ length: 6000 }, (_, i) => paragraph(i)).join('')),
      expect: 'analysis',
      check: (analysis) => {
        if (!analysis.notice) throw new Error('an enormous article should carry a notice that it was analysed in part');
      },
    },
    {
      name: 'right-to-left and mixed scripts',
      file: 'rtl.html',
      content: articlePage(
        Array.from({ length: 8 }, (_, i) => `<p dir="rtl">\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 "\u0633\u0646\u0639\u0645\u0644 \u0645\u0639\u0627" ${i}. \u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd. "Mixed text," said Dana Levi, a teacher in the city of Haifa.</p>`).join(''),
      ),
      expect: 'analysis',
    },
    {
      name: 'late-declared windows-1252 charset',
      file: 'late-charset.html',
      content: lateCharsetPage(),
      expect: 'analysis',
      check: (analysis) => {
        if (!analysis.text.includes('Ren\u00e9 Dupr\u00e9')) throw new Error('accented names were not decoded as windows-1252');
        if (!analysis.quotes.some((q) => q.text.includes('d\u00e9j\u00e0'))) throw new Error('the curly-quoted sentence was not found as a quote');
      },
    },
    {
      name: 'markup and template syntax inside quotes and names',
      file: 'markup-text.html',
      content: articlePage(
        Array.from({ length: 6 }, (_, i) => `<p>&lt;script&gt;alert(${i})&lt;/script&gt; "{{constructor.constructor('alert(1)')()}} &lt;img src=x onerror=alert(1)&gt;," said Mayor &lt;b&gt;Eve&lt;/b&gt; Stone, who runs the ${'${'}city}. The council voted on Tuesday to fund the new library wing.</p>`).join(''),
      ),
      expect: 'analysis',
      check: (analysis) => {
        if (!analysis.text.includes('<script>alert(0)</script>')) throw new Error('markup shown as text should stay text');
      },
    },
    { name: 'a directory', file: 'a-directory', content: '', expect: 'error' },
  ];
}
