import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** [name, title] of the titled people the engine finds in a French paragraph. */
const officialsIn = (paragraph: string) =>
  findAttributions({ ...articleFromPlainText(['Titre', paragraph].join('\n\n')), lang: 'fr' }).entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]);

const speakerIn = speakerFinder('Titre de l’article');
const fr = (fragment: string, ...paragraphs: string[]) => speakerIn('fr', fragment, ...paragraphs);

describe('French: a speaker described by a noun and its complement', () => {
  it.each([
    ['Le 18 décembre, le conseiller com du président lâche « qu’il est disposé à améliorer le projet ».', 'disposé à améliorer', 'conseiller com du président'],
    ['Le porte-parole du gouvernement a affirmé que « la réforme ira à son terme ».', 'ira à son terme', 'porte-parole du gouvernement'],
    ['La directrice de l’école a expliqué que « les cours reprendront lundi ».', 'reprendront lundi', 'directrice de l’école'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(fr(fragment, sentence)).toBe(speaker);
  });
});

describe('French: an office with its complement stands for the person who holds it', () => {
  it('joins "la ministre de la Culture" to the named minister of culture', () => {
    expect(fr('rien ne sera caché', 'Françoise Nyssen, ministre de la Culture, est attendue au Sénat. La ministre de la Culture a déclaré que « rien ne sera caché ».')).toBe('Françoise Nyssen');
  });

  it('does not join it to a minister of another post', () => {
    expect(fr('sous contrôle', 'Laura Flessel, ministre des Sports, a démissionné. La ministre de la Santé a déclaré que « tout est sous contrôle ».')).not.toBe('Laura Flessel');
  });

  it('lets a name after the office speak ("la ministre des Sports Laura Flessel")', () => {
    expect(fr('raisons personnelles', 'La ministre des Sports Laura Flessel annonce sa démission pour des « raisons personnelles ».')).toBe('Laura Flessel');
  });

  it('keeps an unnamed office with an owner away from the person named last', () => {
    expect(fr('disposé à améliorer', 'Isabelle Roberts rappelle les faits. Le 18 décembre, le conseiller com du président lâche « qu’il est disposé à améliorer le projet ».')).not.toBe('Isabelle Roberts');
  });
});

describe('French: the conditional of reported information goes on with the reporter before it', () => {
  it.each([
    ['À propos des réseaux, Éric Chauvier souligne leur essor depuis la crise. Face à « l’éther glauque du mot de crise, un processus langagier » serait-il à l’œuvre ?', 'éther glauque', 'Éric Chauvier'],
    ['La sénatrice Anne Morel affirme que le contrat a été signé trop vite. Le ministère aurait ignoré « les alertes répétées de ses propres services ».', 'alertes répétées', 'Anne Morel'],
  ])('%s', (paragraph, fragment, speaker) => {
    expect(fr(fragment, paragraph)).toBe(speaker);
  });

  it('does not read a modal as reported speech ("pourraient installer")', () => {
    expect(fr('boîte noire', 'Le texte énonce les finalités. En pratique, les services pourraient installer une « boîte noire ».')).toBeUndefined();
  });
});

describe('French: the field of an office is no person', () => {
  it.each([
    ['Le Palais-Bourbon abdique, alors que le ministre de l’Intérieur, le préfet de police ou encore Patrick Strzoda, directeur de cabinet du président, ont menti.', 'Intérieur'],
    ['La ministre des Sports, directrice de la fédération, a démissionné hier soir.', 'Sports'],
  ])('%s', (sentence, field) => {
    const officials = officialsIn(sentence);
    expect(officials.map(([name]) => name)).not.toContain(field);
  });

  it('still names the person after a title and "d’" without an article', () => {
    expect(officialsIn('Ismaël Emelien, conseiller spécial d’Emmanuel Macron, a quitté l’Élysée.')).toContainEqual(['Ismaël Emelien', 'conseiller spécial d’Emmanuel Macron']);
  });
});

describe('French: a subject led by a stressed pronoun speaks for its person', () => {
  it.each([
    ['Le président Emmanuel Macron est pris de court. Lui et ses sbires accusent les journalistes de ne pas chercher la « vérité ».', 'vérité', 'Emmanuel Macron'],
    ['La maire Anne Hidalgo est critiquée. Elle et son adjoint dénoncent une « campagne de dénigrement ».', 'campagne de dénigrement', 'Anne Hidalgo'],
  ])('%s', (paragraph, fragment, speaker) => {
    expect(fr(fragment, paragraph)).toBe(speaker);
  });
});
