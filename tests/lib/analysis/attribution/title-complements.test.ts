import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** The officials (name, title) of paragraphs of a page declared in `lang`. */
function officialsIn(lang: string, ...paragraphs: string[]) {
  const article = { ...articleFromPlainText(['Une page de test', ...paragraphs].join('\n\n')), lang };
  return findAttributions(article).entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]);
}

// French and Spanish write a title's adjectives, party labels and the office's domain after its head.
describe('titles whose words follow their head, before a name', () => {
  it.each([
    ['fr', 'Le 6 août, le député LREM Mustapha Laabid a été condamné.', ['Mustapha Laabid', 'député LREM']],
    ['fr', 'Son directeur financier Alexandre Nardella est mis en examen.', ['Alexandre Nardella', 'directeur financier']],
    ['fr', 'Le 4 septembre, la ministre des Sports Laura Flessel annonce sa démission.', ['Laura Flessel', 'ministre des Sports']],
    ['fr', 'Le ministre de la Justice François Bayrou présente la loi.', ['François Bayrou', 'ministre de la Justice']],
    ['fr', 'En juin, le député « constructif » Thierry Solère a voté contre.', ['Thierry Solère', 'député « constructif »']],
    ['es', 'El líder ruso Vladimir Putin no descarta nada.', ['Vladimir Putin', 'líder ruso']],
  ])('%s: %s', (lang, sentence, official) => {
    expect(officialsIn(lang, sentence)).toContainEqual(official);
  });

  it.each([
    // a verb after the title is no adjective of it
    ['fr', 'Le ministre remercie Jean Dupont pour son travail.', 'Jean Dupont'],
    // an institution after "de" keeps its name: its words are not a person
    ['es', 'Marcelo Leppe, director del Instituto Antártico Chileno, habló.', 'Antártico Chileno'],
    // a preposition other than "de" leads to a place, not to the office's domain
    ['es', 'Lo dijo el Presidente desde La Pampa ayer.', 'Pampa'],
    // initials after an article are an organisation, not the office's domain
    ['es', 'Laura Díaz es integrante de la ONG Conservación de Especies Nativas.', 'Conservación de Especies Nativas'],
  ])('%s: no official in "%s"', (lang, sentence, notAnOfficial) => {
    expect(officialsIn(lang, sentence).map(([name]) => name)).not.toContain(notAnOfficial);
  });

  it('English titles keep their own order (the rule is for head-first languages)', () => {
    expect(officialsIn('en', 'The minister financial Alexandre Nardella spoke.').map(([name]) => name)).not.toContain('Alexandre Nardella');
  });
});
