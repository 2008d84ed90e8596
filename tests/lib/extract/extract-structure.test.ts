import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { elementToBlocks } from '@/lib/extract/block-text';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i + 1} of the report says the harbour authority will spend more money on dredging, repairs and new cranes over the next five years, officials said on Monday.</p>`,
  ).join('');

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('extractArticle: structure the analysis relies on', () => {
  it('keeps a line split by comments in one piece', () => {
    const doc = parse(`<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>${paragraphs(6)}
      <div>A version of this article appears in print on <!-- -->, on Page <!-- -->A<!-- -->12<!-- --> of the city edition.</div></article></body></html>`);
    const article = extractArticle(doc);
    const last = article.blocks[article.blocks.length - 1];
    expect(article.text.slice(last.start, last.end)).toBe('A version of this article appears in print on , on Page A12 of the city edition.');
  });

  it('takes an opening sentence-like heading as the standfirst', () => {
    const dek = 'The authority wants to double the number of ships that can dock at the old quay by the end of the decade.';
    const doc = parse(`<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1><h2>${dek}</h2>${paragraphs(6)}</article></body></html>`);
    const article = extractArticle(doc);
    expect(article.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['title', 'standfirst', 'paragraph']);
    expect(article.text.slice(article.blocks[1].start, article.blocks[1].end)).toBe(dek);
    expect(article.bodyStart).toBeGreaterThan(article.text.indexOf(dek));
  });
});

describe('elementToBlocks: captions by element and by class', () => {
  it.each([
    ['<figure><img src="x.jpg"><figcaption>Cranes at the quay.</figcaption></figure>', 'caption'],
    ['<p class="photo-credit">Jane Roe</p>', 'caption'],
    ['<p class="article_caption">Cranes at the quay.</p>', 'caption'],
    ['<figure><a href="/x">harbour works</a></figure>', 'caption'],
    ['<p class="intro">Cranes at the quay.</p>', 'paragraph'],
    ['<p class="resource-list">Cranes at the quay.</p>', 'paragraph'],
    // A WordPress post's tags name its subject, not the element: a story tagged "creditshelf" is prose.
    ['<p class="post-12 tag-creditshelf category-fintech">Cranes at the quay.</p>', 'paragraph'],
    ['<p class="entry-content creditshelf">Cranes at the quay.</p>', 'paragraph'],
    ['<p class="image-credit">Jane Roe</p>', 'caption'],
    ['<p class="credits">Jane Roe</p>', 'caption'],
    // A picture's legend by its class name (a lightbox's "legend" box set beside the image).
    ['<div class="legend"><p>Chestnut groves were grazed as well as harvested.</p></div>', 'caption'],
    ['<div class="image-legend">Chestnut groves.</div>', 'caption'],
    ['<p class="legendary-bands">Cranes at the quay.</p>', 'paragraph'],
    // A table set in a figure is data, its own caption is a caption.
    ['<figure><table><tr><td>Free deposit, 1 GBP withdrawal</td></tr></table></figure>', 'paragraph'],
    ['<figure><table><caption>Fees by account</caption><tr><td>1 GBP</td></tr></table></figure>', 'caption,paragraph'],
  ])('%s -> %s', (html, kind) => {
    const root = parse(`<div>${html}</div>`).body.firstElementChild!;
    expect(elementToBlocks(root).map((b) => b.kind)).toEqual(kind.split(','));
  });
});
