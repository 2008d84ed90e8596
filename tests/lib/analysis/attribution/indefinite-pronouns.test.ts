import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Seite zum Testen');

describe('a negative or indefinite pronoun opening a sentence names nobody', () => {
  it.each([
    ['Niemand', 'dass die Partei', 'Niemand habe ihm mitgeteilt, „dass die Partei Geld bekomme“.'],
    ['Jemand', 'Das geht so', 'Jemand sagte: „Das geht so nicht weiter.“'],
  ])('%s', (pronoun, fragment, paragraph) => {
    expect(speakerIn('de', fragment, paragraph)).not.toBe(pronoun);
  });
});
