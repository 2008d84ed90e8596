import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Testseite');

describe('German: a genitive owner completes the speaker it follows', () => {
  it.each([
    ['after the quotation, inverted', 'Falsch ist, dass',
      ['„Falsch ist, dass unser Mandant davon wusste“, schreibt ein Anwalt der Kanzlei Höcker im Auftrag von Andreas Keith.'],
      'Anwalt der Kanzlei Höcker'],
    ['with adjectives before the owner', 'droht eine Geldbuße',
      ['Wer trotzdem einkauft, „droht eine Geldbuße von 200 bis 1000 Euro“, erläutert ein Mitarbeiter des baden-württembergischen Innenministeriums.'],
      'Mitarbeiter des baden-württembergischen Innenministeriums'],
    ['a subject before its verb, read backwards', 'keine Hinweise',
      ['Der Sprecher des Bundestages sagte am Montag: „Wir haben keine Hinweise auf einen Verstoß.“'],
      'Sprecher des Bundestages'],
    ['"des Ministeriums" is the ministry named before, not a person "Ministeriums"', 'Grundlose Berichte',
      ['Das südkoreanische Vereinigungsministerium bestätigte den Auftritt. „Grundlose Berichte haben Verwirrung gestiftet“, hieß es in einer Erklärung des Ministeriums.'],
      'Vereinigungsministerium'],
  ])('%s', (_, fragment, paragraphs, speaker) => {
    expect(speakerIn('de', fragment, ...paragraphs)).toBe(speaker);
  });

  it('a definite description held by nobody keeps its owner', () => {
    expect(speakerIn('de', 'Wir prüfen das', '„Wir prüfen das“, sagte die Sprecherin der Regierung.')).toBe('Sprecherin der Regierung');
  });

  it('English is untouched: "the" after a noun opens no owner', () => {
    expect(speakerIn('en', 'We will review', '“We will review the case,” said a spokesman for the ministry.')).toBe('spokesman');
  });
});
