import { describe, expect, it } from 'vitest';
import { createBudget } from '@/lib/page/scheduler';
import { serialisePage } from '@/lib/page/serialise-page';

// happy-dom lays nothing out: "rendered" is given by a stand-in that reads the test's own marker
// (the browser's checkVisibility is exercised by tests/browser/chromium-page-features.test.ts).
const visible = (el: Element) => !el.hasAttribute('data-not-rendered');
const budget = () => createBudget(15, () => 0, async () => {});

function load(body: string, head = '<title>T</title>'): Document {
  document.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  return document;
}

const reparse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('serialisePage', () => {
  it('is the browser’s own serialisation when there is nothing to leave out', async () => {
    const doc = load('<article><h1>Title</h1><p class="lead">He said "yes" &amp; left.</p><!-- note --></article>');
    expect(await serialisePage(doc, budget(), visible)).toBe(`<!DOCTYPE html>${doc.documentElement.outerHTML}`);
  });

  it.each([
    [
      'a hover card hidden inside a paragraph',
      '<p>Senator <a href="/o">Ilhan Omar</a><span data-not-rendered aria-hidden="true"><b>Ilhan Omar</b> Hillicon Valley</span> said it was over.</p>',
      'Senator Ilhan Omar said it was over.',
    ],
    ['a hidden menu beside the article', '<nav data-not-rendered><a>Home</a><a>World</a></nav><p>The vote passed.</p>', 'The vote passed.'],
    ['a script and a style (their contents are not text)', '<p>One.</p><script>var x = "<p>No.</p>";</script><style>p { color: red }</style><p>Two.</p>', 'One.Two.'],
  ])('leaves out %s', async (_name, body, text) => {
    const doc = load(body);
    expect(reparse(await serialisePage(doc, budget(), visible)).body.textContent).toBe(text);
  });

  it('keeps a hidden element that holds no text, JSON-LD, and the page title', async () => {
    const doc = load('<p>Text.</p><img data-not-rendered src="a.png"><script type="application/ld+json">{"author":"A. Writer"}</script>');
    const out = reparse(await serialisePage(doc, budget(), visible));
    expect(out.querySelector('img[src="a.png"]')).not.toBeNull();
    expect(out.querySelector('script[type="application/ld+json"]')?.textContent).toBe('{"author":"A. Writer"}');
    expect(out.title).toBe('T');
  });

  it('writes the elements on the way down exactly: attributes, escaped text, void and foreign elements', async () => {
    const body =
      '<div id="a" data-x="say &quot;hi&quot; &amp; go">1 &lt; 2 &amp; 3\u00a0km<br><img alt="x">' +
      '<svg viewBox="0 0 1 1"><foreignObject><p>in svg</p></foreignObject></svg><span data-not-rendered>gone</span></div>';
    const doc = load(body);
    const html = await serialisePage(doc, budget(), visible);
    const expected = load(body.replace('<span data-not-rendered>gone</span>', '')).documentElement.outerHTML;
    expect(reparse(html).documentElement.outerHTML).toBe(reparse(`<!DOCTYPE html>${expected}`).documentElement.outerHTML);
  });

  it('leaves the live page exactly as it was', async () => {
    const doc = load('<p>A <span data-not-rendered>card</span> b.</p><script>1</script>');
    const before = doc.documentElement.outerHTML;
    await serialisePage(doc, budget(), visible);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('yields to the page while it looks for what is not rendered, when the slice is spent', async () => {
    let clock = 0;
    let pauses = 0;
    const doc = load(Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i}.</p>`).join(''));
    const sliced = createBudget(15, () => (clock += 1), async () => void pauses++);
    expect(reparse(await serialisePage(doc, sliced, visible)).body.textContent).toContain('Paragraph 49.');
    expect(pauses).toBeGreaterThan(0);
  });

  it('yields while it writes too, and the page still comes out whole', async () => {
    let clock = 0;
    let checked = 0;
    const pausedAfterChecking: number[] = [];
    const counting = (el: Element) => (checked++, visible(el));
    // A script in every paragraph: each is written tag by tag, one step per node.
    const doc = load(Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i}.<script>x()</script></p>`).join(''));
    const sliced = createBudget(15, () => (clock += 1), async () => void pausedAfterChecking.push(checked));
    const text = reparse(await serialisePage(doc, sliced, counting)).body.textContent;
    expect(text).toBe(Array.from({ length: 50 }, (_, i) => `Paragraph ${i}.`).join(''));
    expect(pausedAfterChecking.filter((n) => n === checked).length).toBeGreaterThan(1);
  });
});

describe('serialisePage: a page that hides most of itself', () => {
  it('leaves nothing out for not being rendered when that would be most of the text (waiting for its scripts)', async () => {
    const article = '<p>The council voted on Tuesday to delay the harbour plan for another month.</p>';
    const doc = load(`<div data-not-rendered>${article.repeat(3)}</div><p>Footer.</p><span data-not-rendered>card</span>`);
    const text = reparse(await serialisePage(doc, budget(), visible)).body.textContent ?? '';
    expect(text).toContain('The council voted');
    expect(text).toContain('card');
  });

  it("does not count the page's scripts as its text when weighing what is hidden", async () => {
    const script = `<script>${'window.config = 1;'.repeat(200)}</script>`;
    const doc = load(`<p>Short visible line.</p>${script}<div data-not-rendered>A hidden menu that holds a lot of words.</div>`);
    const text = reparse(await serialisePage(doc, budget(), visible)).body.textContent ?? '';
    // Hidden text is most of the page's own text: the page is waiting for its scripts, keep everything.
    expect(text).toContain('A hidden menu');
  });
});
