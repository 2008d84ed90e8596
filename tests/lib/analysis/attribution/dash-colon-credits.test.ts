import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a roundup credits an excerpt to the name between a dash and its colon', () => {
  it.each([
    ['Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters.”', 'biggest lessons', 'Carl Bialik'],
    ['RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis finds that 20 states are solidly Republican.”', 'solidly Republican', 'Jeffrey M. Jones'],
    ['The economy matters — Ida Brook: “Two weeks ago, the South was his strongest territory.”', 'strongest territory', 'Ida Brook'],
  ])('%s', (sentence, quote, speaker) => {
    expect(speakerOf(attribute(sentence), quote)).toBe(speaker);
  });

  it('a name inside the clause before the colon is no credit', () => {
    expect(speakerOf(attribute('Senator Ada Moss said of Carl Dunn: “He has never voted for this bill.”'), 'never voted')).toBe('Ada Moss');
  });
});
