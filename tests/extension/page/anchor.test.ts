import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { createAnchorer } from '@/lib/page/anchor';
import { buildTextIndex, type Segment } from '@/lib/page/text-index';
import { loadPage } from './helpers';

const liveText = (segments: Segment[] | null) =>
  (segments ?? []).map((s) => s.node.data.slice(s.start, s.end)).join('').replace(/[\u00AD\u200B]/g, '').replace(/\s+/g, ' ');

describe('createAnchorer on a page with soft hyphens, zero-width spaces, NBSP and inline markup', () => {
  beforeEach(() => loadPage('markup-quotes.html'));

  it.each([
    ['We need more time to read the fine print before we sign anything,'],
    ['The ferry is a lifeline for the island families, and every week counts,'],
    ['the delay was regrettable'],
    ['spokeswoman, Priya Nandakumar'],
    ['fully committed to the route'],
    ["<script>alert('tickets')</script> is not a fare policy,"],
    ['{{ price }} for a ${ride} & nothing more,'],
    ['Deputy Mayor Lena Brandt'],
  ])('finds %j in the live page', (words) => {
    const article = extractArticle(document);
    const start = article.text.indexOf(words);
    expect(start).toBeGreaterThanOrEqual(0);
    const anchorer = createAnchorer(article.text, article.blocks, buildTextIndex(document.body));
    expect(liveText(anchorer.anchor(start, start + words.length))).toBe(words);
  });

  it('finds every block of the article in order', () => {
    const article = extractArticle(document);
    const anchorer = createAnchorer(article.text, article.blocks, buildTextIndex(document.body));
    expect(anchorer.blocksFound).toBe(article.blocks.length);
  });

  it('anchors a span running over two paragraphs without the gap between them', () => {
    const article = extractArticle(document);
    const from = article.text.indexOf('would answer every question.');
    const to = article.text.indexOf('A resident who') + 'A resident who'.length;
    const segments = createAnchorer(article.text, article.blocks, buildTextIndex(document.body)).anchor(from, to);
    expect(liveText(segments)).toBe('would answer every question.A resident who');
  });

  it('falls back to the span text when a block was rewritten and cannot be found whole', () => {
    const article = extractArticle(document);
    const words = 'the budget';
    const start = article.text.indexOf(words);
    // The page changed inside that paragraph after extraction (a widget inserted text).
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(words))!;
    p.insertBefore(document.createTextNode('[Advert] '), p.firstChild);
    const segments = createAnchorer(article.text, article.blocks, buildTextIndex(document.body)).anchor(start, start + words.length);
    expect(liveText(segments)).toBe(words);
  });

  it.each([
    [-1, 4],
    [10, 10],
    [0, 1e9],
  ])('rejects the out-of-range span [%i, %i)', (start, end) => {
    const article = extractArticle(document);
    expect(createAnchorer(article.text, article.blocks, buildTextIndex(document.body)).anchor(start, end)).toBeNull();
  });
});

describe('createAnchorerInSlices', () => {
  beforeEach(() => loadPage('markup-quotes.html'));

  // Every sentence-sized piece of the article, and pieces across block ends: the sliced anchorer
  // (blocks placed across yields, found by binary search) answers as the one-go anchorer does.
  it('places the blocks across yields and anchors every span as createAnchorer does', async () => {
    const { createAnchorerInSlices } = await import('@/lib/page/anchor');
    const { createBudget } = await import('@/lib/page/scheduler');
    const article = extractArticle(document);
    const index = buildTextIndex(document.body);
    let clock = 0;
    let yields = 0;
    const sliced = await createAnchorerInSlices(article.text, article.blocks, index, createBudget(2, () => clock++, async () => void yields++));
    const whole = createAnchorer(article.text, article.blocks, index);
    expect(yields).toBeGreaterThan(0);
    expect(sliced.blocksFound).toBe(whole.blocksFound);
    const spans: [number, number][] = [];
    for (const block of article.blocks) {
      spans.push([block.start, block.end], [block.start + 3, Math.min(article.text.length, block.end + 5)], [Math.max(0, block.start - 4), block.start + 6]);
    }
    for (const [start, end] of spans) expect(liveText(sliced.anchor(start, end))).toBe(liveText(whole.anchor(start, end)));
  });

  it('finds a lost block\'s span near the found block before it', async () => {
    const { createAnchorerInSlices } = await import('@/lib/page/anchor');
    const { createBudget } = await import('@/lib/page/scheduler');
    const article = extractArticle(document);
    const words = 'the budget';
    const start = article.text.indexOf(words);
    // Text inserted inside the paragraph, just before the words: the block is no longer there whole.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    while (!node && walker.nextNode()) if ((walker.currentNode as Text).data.includes(words)) node = walker.currentNode as Text;
    const rest = node!.splitText(node!.data.indexOf(words));
    rest.before(document.createTextNode('[Advert] '));
    const anchorer = await createAnchorerInSlices(article.text, article.blocks, buildTextIndex(document.body), createBudget());
    expect(anchorer.blocksFound).toBeLessThan(article.blocks.length);
    expect(liveText(anchorer.anchor(start, start + words.length))).toBe(words);
  });
});
