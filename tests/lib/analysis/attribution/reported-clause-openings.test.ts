import { describe, expect, it } from 'vitest';
import { quotesAndSpeakers as said } from './helpers';

describe('reported clauses after a suffixed name and after a quantity', () => {
  it.each([
    // the dot of "Jr." is no sentence end before the verb
    ['Vice President Carl D. Brandt Jr. said the remarks had already made him a danger to allies.', [['the remarks had already made him a danger to allies', 'Carl D. Brandt Jr']]],
    // "much of …" opens a clause with its own verb
    ['Adelson said much of his discussion with the mayor was about the harbour.', [['much of his discussion with the mayor was about the harbour', 'Adelson']]],
  ])('%s', (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it('"said little of substance" reports nothing', () => {
    expect(said('Adelson said little of substance at the dinner on Monday night.')).toEqual([]);
  });
});
