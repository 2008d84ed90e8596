import { describe, expect, it } from 'vitest';
import { indirectFinder } from './helpers';

const indirectIn = indirectFinder('Titre de l’article');
const reportedFr = (...paragraphs: string[]) => indirectIn('fr', ...paragraphs);

describe('French: a form of a verb of saying that is a noun or a passive reports nothing', () => {
  it.each([
    ['Le contrôle de cette surveillance sera confié à une nouvelle autorité administrative indépendante composée de magistrats.'],
    ['Ce dispositif autorisé par tranche de quatre mois permettrait de détecter les personnes suspectes en temps réel.'],
    ['Ces lanceurs d’alerte pourraient solliciter la commission et lui fournir toutes les pièces utiles.'],
    ['La liberté académique est garantie comme une liberté positive, protégée par la loi et les statuts.'],
  ])('%s', (sentence) => {
    expect(reportedFr(sentence)).toEqual([]);
  });

  it('keeps the active past of the same verb ("a confié que")', () => {
    expect(reportedFr('La ministre Anne Roux a confié que le projet serait abandonné avant la fin de l’année.').map(([, s]) => s)).toContain('Anne Roux');
  });
});

describe('French: a verb of saying after "si" is a case, not a report', () => {
  it('reports nothing for "si elle estime que …"', () => {
    expect(reportedFr('La commission pourra saisir le Conseil d’Etat si elle estime que la loi n’est pas respectée par les services.')).toEqual([]);
  });

  it('still reports after "même si"', () => {
    const found = reportedFr('Même si la ministre Anne Roux affirme que le budget sera tenu, les syndicats restent inquiets.');
    expect(found.map(([, s]) => s)).toContain('Anne Roux');
  });
});

