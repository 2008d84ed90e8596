import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Titre de l’article');
const fr = (fragment: string, ...paragraphs: string[]) => speakerIn('fr', fragment, ...paragraphs);

describe('French: a publication named in full, with its lower-case words', () => {
  it.each([
    ['Le maire avait engagé les travaux « sans permis de construire », écrit Le Canard enchaîné.', 'sans permis', 'Canard enchaîné'],
    ['La réforme serait « enterrée pour de bon », affirme Le Monde diplomatique.', 'enterrée pour de bon', 'Monde diplomatique'],
    ['Le préfet a signé l’arrêté « dans la précipitation », raconte Le Dauphiné libéré.', 'dans la précipitation', 'Dauphiné libéré'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(fr(fragment, sentence)).toBe(speaker);
  });
});

describe('French: a publication noun stands for the publication named last', () => {
  it.each([
    ['En mai, Le Monde révèle qu’une enquête est ouverte. Le maire est soupçonné de « favoritisme dans l’attribution des marchés », peut-on lire dans le quotidien du soir.', 'favoritisme', 'Monde'],
    ['Le Canard enchaîné publie une note interne. Selon l’hebdomadaire, ce sont des « dépenses somptuaires et injustifiées ».', 'dépenses somptuaires', 'Canard enchaîné'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(fr(fragment, sentence)).toBe(speaker);
  });

  it('leaves "le journal" to nobody when no publication was named', () => {
    expect(fr('une gestion calamiteuse', 'Le journal de bord du navire parle d’« une gestion calamiteuse et opaque », selon le capitaine Marc Petit.')).not.toBe('Monde');
  });
});

describe('French: "peut-on lire" without a source reads from the publication named just before', () => {
  it.each([
    ['Mediapart publie un article sur ce député. Jean Morel, président de la commission des finances, est « visé par une enquête pour concussion », peut-on lire.', 'visé par une enquête', 'Mediapart'],
    ['Les Échos consacrent une enquête au groupe. Ses comptes sont « dans le rouge depuis trois exercices », lit-on.', 'dans le rouge', 'Échos'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(fr(fragment, sentence)).toBe(speaker);
  });

  it('gives no speaker when no publication was named before', () => {
    expect(fr('dans le rouge', 'Le groupe publie ses comptes annuels. Ils sont « dans le rouge depuis trois exercices », peut-on lire.')).toBeNull();
  });

  it('never makes a newspaper the antecedent of "ils"', () => {
    expect(fr('faire plier le gouvernement', 'Grève à l’université - Bondy Blog', 'Des centaines d’étudiants sont en grève. Ils espèrent faire plier le gouvernement avant l’été, assurent-ils.')).not.toBe('Bondy Blog');
  });
});

describe('French: an infinitive of saying carried by a verb of trying or wanting', () => {
  it.each([
    ['La ministre de la Culture Anne Roux a signé le permis. Une « négligence », tente d’expliquer la ministre.', 'négligence', 'Anne Roux'],
    ['Le maire Paul Girard a visité le chantier. « Tout sera prêt en juin », a voulu rassurer le maire.', 'Tout sera prêt', 'Paul Girard'],
    ['« Ce n’est pas une faute », s’est contenté de répondre Paul Girard.', 'pas une faute', 'Paul Girard'],
    ['« Nous irons jusqu’au bout », tient à préciser la députée Claire Vidal.', 'jusqu’au bout', 'Claire Vidal'],
  ])('%s', (sentence, fragment, speaker) => {
    const [first, ...rest] = sentence.split(/(?<=\.) (?=«|Une)/);
    expect(fr(fragment, [first, ...rest].join(' '))).toBe(speaker);
  });

  it('needs a verb of saying as the infinitive', () => {
    expect(fr('Tout sera prêt', '« Tout sera prêt en juin », a voulu croire le chef de chantier.')).not.toBe('chef de chantier');
  });
});

describe('French: chained quotations share the cue after the last one', () => {
  it.each([
    ['Le chantier a été mené « sans autorisation », ni « déclaration au fisc », écrit Le Canard enchaîné.', 'sans autorisation', 'Canard enchaîné'],
    ['Le projet est « injuste », « brutal » et « inutile », a déclaré Marc Petit.', 'injuste', 'Marc Petit'],
    ['Le projet est « injuste », « brutal » et « inutile », a déclaré Marc Petit.', 'brutal', 'Marc Petit'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(fr(fragment, sentence)).toBe(speaker);
  });

  it('does not chain over other words', () => {
    expect(fr('sans autorisation', 'Le chantier a été mené « sans autorisation » pendant des mois, puis arrêté pour une « déclaration au fisc », écrit Le Canard enchaîné.')).toBeUndefined();
  });
});
