import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/cli/parse-html';
import { extractArticle } from '@/lib/extract/extract-article';
import { keepCanonicalArticle } from '@/lib/extract/canonical-article';

const short = 'Der Rat tagte am Dienstag und beschloss die Reparatur der Brücke vor dem Winter.';
// the neighbour is longer, so that Readability would prefer it on its own
const long = `${short} Die Kosten wurden lange diskutiert, und am Ende stimmte eine knappe Mehrheit für den Plan der Verwaltung.`;

/** A list page in the correctiv.org manner: one full article after another, each an <article>. */
function listPage(head: string, firstId: string): string {
  const article = (id: string, title: string, body: string, n: number) =>
    `<article id="${id}" data-path="aktuelles/2019/05/${id}"><header><h2>${title}</h2></header>${Array.from({ length: n }, () => `<p>${body}</p>`).join('')}</article>`;
  return `<html lang="de"><head><title>Wir haben bereits die Zusage</title>${head}</head><body><main>
    ${article(firstId, 'Wir haben bereits die Zusage', `ZUSAGE ${short}`, 4)}
    ${article('die-afd-und-der-kurier', 'Die AfD und der Kurier', `KURIER ${long}`, 8)}
    </main></body></html>`;
}

describe('a page of several articles gives the one its canonical address names', () => {
  it.each([
    ['canonical link, id = last segment', '<link rel="canonical" href="https://example.org/aktuelles/2019/05/wir-haben-bereits-die-zusage/">'],
    ['og:url, relative path', '<meta property="og:url" content="/aktuelles/2019/05/wir-haben-bereits-die-zusage">'],
  ])('%s', (_, head) => {
    const { document } = parseHtml(listPage(head, 'wir-haben-bereits-die-zusage'));
    const { text } = extractArticle(document);
    expect(text).toContain('ZUSAGE');
    expect(text).not.toContain('KURIER');
  });

  it.each([
    ['no canonical address', ''],
    ['an address no article names', '<link rel="canonical" href="https://example.org/aktuelles/2019/05/etwas-anderes/">'],
  ])('leaves the page alone with %s', (_, head) => {
    const { document } = parseHtml(listPage(head, 'wir-haben-bereits-die-zusage'));
    const before = document.querySelectorAll('article').length;
    const clone = document.cloneNode(true) as Document;
    keepCanonicalArticle(clone);
    expect(clone.querySelectorAll('article').length).toBe(before);
  });

  it('keeps an article nested in the named one (an embedded post)', () => {
    const { document } = parseHtml(`<html><head><link rel="canonical" href="https://example.org/news/the-main-story"></head><body>
      <article id="the-main-story"><p>${long}</p><article class="embed"><p>EMBEDDED</p></article></article>
      <article id="another-story-here"><p>NEIGHBOUR</p></article></body></html>`);
    keepCanonicalArticle(document);
    expect(document.body.textContent).toContain('EMBEDDED');
    expect(document.body.textContent).not.toContain('NEIGHBOUR');
  });
});
