import { describe, expect, it } from 'vitest';
import { articleFromPlainText, assembleArticle } from '@/lib/extract/assemble';

describe('assembleArticle', () => {
  it('puts headline and standfirst before the body and indexes every block', () => {
    const article = assembleArticle({
      title: 'Headline',
      standfirst: 'Standfirst line',
      byline: null,
      siteName: null,
      lang: 'en',
      body: [
        { text: 'First paragraph.', kind: 'paragraph', linkChars: 0 },
        { text: 'A caption.', kind: 'caption', linkChars: 0 },
      ],
    });
    expect(article.text).toBe('Headline\n\nStandfirst line\n\nFirst paragraph.\n\nA caption.');
    expect(article.bodyStart).toBe(article.text.indexOf('First'));
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).not.toMatch(/^\s|\s$/);
    expect(article.blocks.map((b) => b.kind)).toEqual(['title', 'standfirst', 'paragraph', 'caption']);
  });
});

describe('articleFromPlainText', () => {
  it('keeps the text verbatim and takes the first line as the title', () => {
    const text = 'The title\nFirst line.\n\n  Second line.  \n';
    const article = articleFromPlainText(text);
    expect(article.text).toBe(text);
    expect(article.title).toBe('The title');
    expect(article.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['The title', 'First line.', 'Second line.']);
    expect(article.bodyStart).toBe(text.indexOf('First'));
  });
});
