import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Une page de test');

describe('a pronoun after "selon", "según" or before "zufolge" is the source, not the words after it', () => {
  it.each([
    ['fr', '"selon lui" before a partial quote',
      'crise de confiance',
      ['Le sociologue Paul Martin publie un nouveau livre sur la politique.', 'Les abstentions record traduiraient selon lui l’aveu d’une « crise de confiance » durable.'],
      'Paul Martin'],
    ['fr', '"selon elle" finds the woman named before',
      'pas à la hauteur',
      ['La députée Claire Dubois a visité le chantier mardi.', 'Les moyens engagés ne seraient selon elle « pas à la hauteur » des besoins.'],
      'Claire Dubois'],
    ['es', '"según ella" before a partial quote',
      'muy preocupante',
      ['La investigadora Ana Pérez presentó el informe el lunes.', 'La situación es según ella “muy preocupante” para la región.'],
      'Ana Pérez'],
    ['de', '"ihm zufolge" names the man before',
      'keine Alternative',
      ['Der Bürgermeister Peter Lang stellte am Montag den Plan vor.', 'Ihm zufolge gebe es „keine Alternative“ zu dem Neubau.'],
      'Peter Lang'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it('a named source after "selon" is still read whole', () => {
    expect(speakerIn('fr', 'sans précédent', 'Selon Marie Leroy, la hausse est « sans précédent ».')).toBe('Marie Leroy');
  });
});
