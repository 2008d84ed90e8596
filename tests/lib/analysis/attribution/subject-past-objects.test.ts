import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Testseite');

describe('the speaker is the subject, not a noun after a preposition or an object before "quien"', () => {
  it.each([
    ['de', 'a place after "aus" before the verb is not its subject',
      'Das ist schlimm',
      ['Ein Polizist aus Köln sagte: „Das ist schlimm.“'],
      'Polizist'],
    ['de', 'an opening "Doch" does not hide the subject before the place',
      'Vermieter müssen verstehen',
      ['Doch die Ministerin Anna Roth aus Bremen sagt auch: »Vermieter müssen verstehen, dass es bald zu einem Streik kommen wird«.'],
      'Anna Roth'],
    ['fr', 'a place after "à" before the verb is not its subject',
      'Nous sommes inquiets',
      ['Le maire Jean Petit a réuni les habitants lundi.', 'Une habitante à Lyon a déclaré : « Nous sommes inquiets. »'],
      'habitante'],
    ['es', '"quien" after a noun that names nobody goes back to the name',
      'es bueno tener',
      ['El diario consultó al alcalde de Salto, Mario Díaz, para conocer su postura, quien manifestó que “es bueno tener áreas protegidas”.'],
      'Mario Díaz'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

});
