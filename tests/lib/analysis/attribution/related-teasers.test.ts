import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { articleFromPlainText } from '@/lib/extract/assemble';

/** The analysis of a plain-text page: headline, then paragraphs. */
const analyse = (paragraphs: string[], lang = 'fr') => analyzeArticle({ ...articleFromPlainText(['Titre de l’article', ...paragraphs].join('\n\n')), lang });

describe('what a related-article teaser reports is no quote of the page', () => {
  it('drops a reported clause inside a related-link line', () => {
    const a = analyse([
      '« Nous irons jusqu’au bout », affirme Zineb, étudiante en lettres.',
      'À lire aussi : le maire Paul Girard affirme que la rénovation du stade commencera en juin prochain',
    ]);
    expect(a.boilerplate.some((b) => b.reason === 'related-link list')).toBe(true);
    expect(a.quotes.some((q) => q.text.includes('rénovation du stade'))).toBe(false);
    expect(a.quotes.some((q) => q.text.includes('jusqu’au bout'))).toBe(true);
  });
});
