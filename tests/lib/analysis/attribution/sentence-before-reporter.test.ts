import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Ein Bericht');

// A quotation standing alone after a sentence that reports someone is theirs; a noun after a
// preposition opening that sentence is an adverbial, and a quoted name in it is no quotation.
describe('a quotation after the sentence that reports its speaker', () => {
  it.each([
    ['an adjective between the preposition and the noun ("Auf weitere Nachfrage sagt X")', 'Der Schriftwechsel',
      ['Auf weitere Nachfrage sagt Stefan Keuter, er könne sich nicht erinnern. „Der Schriftwechsel erscheint mir nicht authentisch.“']],
    ['a quoted name in the sentence before ("zu dem „Extrablatt“")', 'Der Schriftwechsel',
      ['Stefan Keuter sagt, er könne sich an ein Schreiben zu dem „Extrablatt“ nicht erinnern. „Der Schriftwechsel erscheint mir nicht authentisch.“']],
  ])('%s', (_, fragment, paragraphs) => {
    expect(speakerIn('de', fragment, ...paragraphs)).toBe('Stefan Keuter');
  });
});
