import { describe, expect, it } from 'vitest';
import { elementToBlocks } from '@/lib/extract/block-text';
import { boxWordOf } from '@/lib/extract/box-class';

const parse = (html: string) => new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;

describe('boxWordOf: the box an element names by class, id, tag or role', () => {
  it.each([
    // Names as sites write them (the corpus pages): kebab, snake and camel case, joined words split.
    ['<div id="author-description"></div>', 'author'],
    ['<div class="author-info"></div>', 'author'],
    ['<div class="news-letter-section"></div>', 'newsletter'],
    ['<div id="affiliateText" class="affiliate-text"></div>', 'affiliate'],
    ['<div class="vc_general vc_cta3 vc_cta3-style-classic"></div>', 'cta'],
    ['<div class="sign_up-box"></div>', 'signup'],
    ['<aside></aside>', 'aside'],
    ['<div role="complementary"></div>', 'aside'],
    ['<footer class="entry-meta"></footer>', 'footer'],
    // Not a box: ordinary names, words inside longer words, and WordPress taxonomy on the article.
    ['<div class="entry-content"></div>', null],
    ['<div class="biography-of-the-mayor"></div>', null],
    ['<div class="authority-notice"></div>', null],
    ['<article class="post tag-newsletter category-promo"></article>', null],
  ])('%s -> %s', (html, word) => {
    expect(boxWordOf(parse(html).firstElementChild!)).toBe(word);
  });
});

describe('elementToBlocks: each block carries the nearest named box', () => {
  it('marks the lines of an author box and a newsletter box, not the story around them', () => {
    const root = parse(`<div class="entry-content">
      <p>The council approved the budget on Tuesday.</p>
      <div class="author-box"><h4>About Jane Roe</h4><p>Jane covers city hall.</p>
        <div class="newsletter-signup"><p>Get the morning briefing.</p></div></div>
      <p>The vote was seven to two.</p></div>`);
    expect(elementToBlocks(root).map((b) => [b.text, b.box ?? null])).toEqual([
      ['The council approved the budget on Tuesday.', null],
      ['About Jane Roe', 'author'],
      ['Jane covers city hall.', 'author'],
      ['Get the morning briefing.', 'newsletter'],
      ['The vote was seven to two.', null],
    ]);
  });

  it('does not name the whole article after the root it is given', () => {
    const root = parse('<p>The council approved the budget.</p>');
    root.setAttribute('class', 'promo-story');
    expect(elementToBlocks(root)[0].box).toBeUndefined();
  });
});
