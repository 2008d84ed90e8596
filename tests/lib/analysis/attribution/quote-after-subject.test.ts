import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Seite zum Testen');

describe('a quotation with no verb of saying after words about a known person', () => {
  it.each([
    ['de', 'the sentence before, same paragraph', 'Wir wissen doch alle',
      ['„Das waren bedauerliche Einzelfälle“, sagt Stéphane Mazzucotelli.', 'Mazzucotelli wundert sich über die Hartnäckigkeit der Innenminister. „Wir wissen doch alle, dass ein Virus sich nicht an Grenzen hält.“'], 'Stéphane Mazzucotelli'],
    ['fr', 'the sentence that ends in a colon', 'Rien ne change',
      ['« Le texte est mauvais », a déclaré Paul Ménard.', 'Ménard connaît bien cette faculté : « Rien ne change dans cette université depuis des années. »'], 'Paul Ménard'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it('a subject nobody has named as a person gives no speaker ("Die Zuhörer …")', () => {
    expect(speakerIn('de', 'Das kennen wir', 'Die Zuhörer konnten diese Geschichte nicht mehr hören. „Das kennen wir schon seit vielen Jahren.“')).toBeNull();
  });
});

describe('French incises and verbs of saying', () => {
  it('an incise with a joined pronoun may say when before its full stop ("glisse-t-il lorsqu’on le croise …")', () => {
    const paragraphs = [
      'Souvent tue, cette problématique est prégnante, comme nous le raconte Antoine, 32 ans.',
      '« Je suis très inquiet pour mon avenir, glisse-t-il lorsqu’on le croise devant la bibliothèque. J’avais un contrat de trois mois dans cette fac. »',
    ];
    expect(speakerIn('fr', 'Je suis très inquiet', ...paragraphs)).toBe('Antoine');
    expect(speakerIn('fr', 'J’avais un contrat', ...paragraphs)).toBe('Antoine');
    expect(speakerIn('fr', 'lorsqu’on le croise', ...paragraphs)).toBeUndefined();
  });

  it('"soupire-t-elle" is a verb of saying', () => {
    expect(speakerIn('fr', 'la fin de l’université', 'Claire Dubois, députée, a parlé longtemps.', '« Ce qu’on nous annonce, c’est la fin de l’université, soupire-t-elle. C’est difficile. »')).toBe('Claire Dubois');
  });
});
