import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { extractArticle, NoArticleError } from '@/lib/extract/extract-article';
import { contractProblems } from '../../support/contract';

// Fixed seed: CI runs the same cases every time; change it locally to explore.
const SEED = 20261128;
const RUNS = 300;

/** Words and marks that exercise the quote and speaker rules, mixed with arbitrary characters. */
const newsy = fc.constantFrom(
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', ',', '.', '?', '!', ':', ' ', ' ', ' ', '\n', '\n\n',
  'said', 'told', 'according to', 'she', 'he', 'Mr.', 'President', 'spokeswoman', 'the ministry',
  'Anna Berg', 'Berg', 'Tomás Ruiz', 'the Kremlin', 'Beijing', 'a senior official', 'U.S.', 'that',
  '\u00AD', '\u200B', '\u00A0', '<script>alert(1)</script>', '{{title}}', 'שלום', 'مرحبا', '😀', '\uD800',
);
const newsyText = fc.array(fc.oneof(newsy, fc.string({ maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join(' '));

describe('the analysis core on arbitrary text', () => {
  it('never throws and always meets the contract', () => {
    fc.assert(
      fc.property(fc.oneof(newsyText, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const analysis = analyzeArticle(articleFromPlainText(text), { source: 'property' });
        expect(contractProblems(analysis)).toEqual([]);
        expect(analysis.text).toBe(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/** Small random HTML documents built from tags that matter to Readability, with unbalanced markup. */
const tag = fc.constantFrom('p', 'div', 'article', 'h1', 'h2', 'blockquote', 'li', 'ul', 'figure', 'figcaption', 'a', 'em', 'br', 'script', 'table', 'td');
const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  newsyText,
  tag.map((t) => `<${t}>`),
  tag.map((t) => `</${t}>`),
  fc.tuple(tag, newsyText).map(([t, body]) => `<${t}>${body}</${t}>`),
  fc.constantFrom('<!--', '-->', '<![CDATA[', '&amp;', '&#0;', '&nbsp;', '<meta charset="x">', '<p class="">'),
);
const htmlDocument = fc.array(htmlPiece, { maxLength: 60 }).map((parts) => `<!doctype html><html><body>${parts.join('')}</body></html>`);

describe('extraction and analysis on arbitrary HTML', () => {
  it('gives an article that meets the contract, or a NoArticleError', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        let article;
        try {
          article = extractArticle(doc);
        } catch (error) {
          expect(error).toBeInstanceOf(NoArticleError);
          return;
        }
        const analysis = analyzeArticle(article);
        expect(contractProblems(analysis)).toEqual([]);
        for (const block of article.blocks) expect(block.end).toBeLessThanOrEqual(article.text.length);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
