import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Testseite');

describe('a description that is no title ("der 58-Jährige", "der Franzose", "l’intéressé") stands for the person just named', () => {
  it.each([
    ['de', 'an age noun after the person named in the paragraph',
      'schlimmes Jahr',
      ['„Die Ernte ist schlecht“, sagt Karl Huber. Er zeigt seine Felder. „Das war ein schlimmes Jahr“, sagte der 58-Jährige.'],
      'Karl Huber'],
    ['de', 'a nationality noun reaches back past a paragraph to a person of unknown gender',
      'Freundschaft darunter',
      ['„Das waren Einzelfälle“, sagt Stéphane Mazzucotelli.', 'Wird die Aufkündigung Spuren hinterlassen? „Ich glaube nicht, dass die Freundschaft darunter leidet“, sagt der Franzose.'],
      'Stéphane Mazzucotelli'],
    ['fr', '"l’intéressé" after the person named',
      'rien à me reprocher',
      ['Le député Marc Blanc a été entendu mardi. « Je n’ai rien à me reprocher », a assuré l’intéressé.'],
      'Marc Blanc'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it('a description with more words than its noun is left alone ("le gouvernement français" is no person)', () => {
    expect(speakerIn('fr', 'pas question', 'Le ministre Paul Roux était à Lyon. « Il n’en est pas question », a répondu le gouvernement français.')).not.toBe('Paul Roux');
  });
});
