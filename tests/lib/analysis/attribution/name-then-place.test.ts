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

describe("a body's word before one capitalised word names the body, not a person", () => {
  it.each([
    ['es', 'El servicio de la deuda', 'El servicio de la deuda externa fue de 1.813 millones de dólares, precisó el Banco Central.', 'Banco Central'],
    ['en', 'gave between', 'The star “gave between $1,001 and $5,000” to the campaign, the Daily Caller reported.', 'Daily Caller'],
  ])('%s', (lang, fragment, paragraph, speaker) => {
    expect(speakerIn(lang, fragment, paragraph)).toBe(speaker);
  });

  it('a person of several words keeps the title word before the name ("County Recorder Helen Purcell")', () => {
    const speaker = speakerIn('en', 'We made some horrendous mistakes', '“We made some horrendous mistakes,” said Maricopa County Recorder Helen Purcell.');
    expect(speaker).toContain('Helen Purcell');
    expect(speaker).not.toMatch(/^County/);
  });
});
