import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';
import { indirectFinder, speakerFinder } from './helpers';

/** The reported (indirect) quotes of paragraphs on a page declared in `lang`, as [text, speaker]. */
const indirectIn = indirectFinder('Una página de prueba');

const speakerIn = speakerFinder('Una página de prueba');

describe('Spanish opens a reported clause with "que"', () => {
  it.each([
    ['the person told stands between the verb and "que"',
      'El investigador brasileño Carlos Schaefer aseguraba a AFP que un termómetro instalado en la isla había alcanzado los 20 grados.',
      'que un termómetro instalado en la isla había alcanzado los 20 grados', 'Carlos Schaefer'],
    ['a phrase of place and an article after its preposition',
      'La ministra Ana Torres dijo en una entrevista con el diario que el plan seguirá adelante este año.',
      'que el plan seguirá adelante este año', 'Ana Torres'],
  ])('%s', (_, paragraph, clause, speaker) => {
    expect(indirectIn('es', paragraph)).toEqual([[clause, speaker]]);
  });

  it.each([
    ['a time phrase and an object after the verb', 'Con esa frase, Alberto Fernández respondió este martes al mediodía a un nuevo ataque de Andrés Larroque.'],
    ['the object, then a relative "que"', 'En el oficialismo esperan con una creciente inquietud el discurso que este viernes tiene planeado dar la vicepresidenta en Chaco.'],
    ['a prepositional phrase and a clause of its own', 'El ministro Pedro Gómez remarcó desde La Pampa, adonde viajó con buena parte del gabinete, la importancia del acuerdo.'],
  ])('no "que": nothing reported (%s)', (_, paragraph) => {
    expect(indirectIn('es', paragraph)).toEqual([]);
  });

  it('English still reports a clause straight after its verb', () => {
    const article = articleFromPlainText(['A test page', 'Mayor John Smith said the plan would go ahead this year.'].join('\n\n'));
    const quotes = findAttributions(article).quotes.filter((q) => q.type === 'indirect');
    expect(quotes.map((q) => q.text)).toEqual(['the plan would go ahead this year']);
  });
});

describe('a phrase opened by a preposition after the verb is no inverted subject', () => {
  it('"X escribió en Twitter: “…”" is X\'s', () => {
    expect(speakerIn('es', 'Escuchando las críticas',
      'A través de la cuenta de su familia, el exministro Ricardo Jaime escribió en Twitter: “Escuchando las críticas a algunos compañeros me hace pensar que la libertad les cambia lo que decían”.')).toBe('Ricardo Jaime');
  });
});
