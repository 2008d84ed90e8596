import { describe, expect, it } from 'vitest';
import { quotesAndSpeakers as said } from './helpers';

describe('a plural of a noun-like verb after a determiner and a modifier is a noun', () => {
  it.each([
    ['Moments earlier, in his opening remarks, Ann Lee said the port was ideally placed for trade.', [['the port was ideally placed for trade', 'Ann Lee']]],
    ['In her prepared statements, Mayor Tom Reyes said the budget would hold.', [['the budget would hold', 'Tom Reyes']]],
  ])('%s', (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it.each([
    // a noun before the form, or "that" after it: the verb of saying
    ['The campaign claims the vote was rigged by its rivals.', 'the vote was rigged by its rivals'],
    ['His campaign claims that the vote was rigged by its rivals.', 'that the vote was rigged by its rivals'],
  ])('still a verb: %s', (sentence, clause) => {
    expect(said(sentence).map(([text]) => text)).toEqual([clause]);
  });
});
