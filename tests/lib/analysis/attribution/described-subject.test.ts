import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Testseite');

describe('reportage: an unnamed person described as the subject of the sentence before speaks the quotation', () => {
  it.each([
    ['de', 'the subject of the sentence before, the phrase running on into its verb', 'Das ist normalerweise',
      ['Sie sind alle aus Niedersachsen abgeordnet worden. Ein junger Polizist wird knallrot, als wir sagen, dass sie ziemlich viele sind. „Das ist normalerweise nicht so, wir haben uns gerade zufällig getroffen.“ Die anderen rücken ab.'],
      'junger Polizist'],
    ['de', 'a clause ending in a colon', 'Wir bleiben hier',
      ['Eine Ärztin steht vor der Praxis und schüttelt den Kopf: „Wir bleiben hier, egal was passiert.“'],
      'Ärztin'],
    ['es', 'a Spanish description with its article', 'No sabemos nada',
      ['Una vecina del barrio se acerca a la valla. “No sabemos nada de lo que pasará con las casas”.'],
      'vecina'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it.each([
    ['de', 'a subject that is no person noun', 'Das ist normalerweise',
      ['Ein roter Wagen steht an der Brücke. „Das ist normalerweise nicht so, sonst steht hier nur ein Wagen.“']],
    ['en', 'English leaves a description without a cue alone', 'That is not normal',
      ['A young officer turned red when we asked about the checks. “That is not normal, we just met here by chance.”']],
  ])('%s: no speaker (%s)', (lang, _, fragment, paragraphs) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBeNull();
  });
});
