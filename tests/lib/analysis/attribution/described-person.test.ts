import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Una página de prueba');

describe('a definite role description stands for the person just named', () => {
  it.each([
    ['es', 'the person named earlier in the paragraph, whatever their own title',
      'muestra que estos picos',
      ['Francisco Navarro, glaciólogo de la Universidad Politécnica de Madrid, explica que las temperaturas “son muy altas”. “El récord anterior difiere en algo menos de un grado, lo que muestra que estos picos no son algo exclusivo”, añade el científico.'],
      'Francisco Navarro'],
    ['es', 'an office passes over a person who holds another title',
      'íbamos a hacer',
      ['La señora Cristina Kirchner habló el martes ante la militancia.', 'La charla fue con la periodista Pilar del Río en Buenos Aires.', '“¿Cómo íbamos a hacer para gobernar el país después de la crisis?”, apuntó la vicepresidenta.'],
      'Cristina Kirchner'],
    ['de', 'the article gives the gender: "die Sprecherin" is not the man named last',
      'Wir prüfen den Fall',
      ['Die Sprecherin Anna Berger äußerte sich am Montag.', 'Zuvor hatte der Minister Karl Vogt den Plan gelobt, sagte Vogt.', '„Wir prüfen den Fall noch“, sagte die Sprecherin.'],
      'Anna Berger'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it('nobody named before: the description stays an unnamed source', () => {
    expect(speakerIn('es', 'No hay novedades', '“No hay novedades sobre el área”, dijo el científico.')).toBe('científico');
  });
});
