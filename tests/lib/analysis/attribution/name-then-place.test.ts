import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Titular de prueba');

describe('a speaker named after the verb, then a preposition and a place: the name speaks', () => {
  it.each([
    ['es', 'Acá yo soy el Presidente', '"Acá yo soy el Presidente de todos", señaló Gabriel Boric en Coquimbo.', 'Gabriel Boric'],
    ['fr', 'Nous rapatrions', '« Nous rapatrions tout le monde », a déclaré Laurent Fabius à Roissy.', 'Laurent Fabius'],
  ])('%s', (lang, fragment, paragraph, speaker) => {
    expect(speakerIn(lang, fragment, paragraph)).toBe(speaker);
  });

  it('a name the reader joined across its particle stays whole ("Pilar del Río")', () => {
    expect(speakerIn('es', 'Nadie es dueño', '"Nadie es dueño del Gobierno", escribió Pilar del Río.')).toBe('Pilar del Río');
  });
});
