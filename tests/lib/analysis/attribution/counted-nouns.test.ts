import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('after a number, a form in -s that could be a verb of saying is a counted noun', () => {
  it.each([
    ['His distant second-place finish in Nevada on Tuesday night - 22 points behind Mr. Trump - highlights how precarious his path is.'],
    ['She trails Trump by about 15 points among non-college voters, a group Barack Obama won by 2 points four years ago.'],
    ['Rubio’s poor showings on Super Tuesday and in the four states that cast votes last Saturday have his campaign on the brink.'],
    ['Strong showings in the dozen states that held primaries on Tuesday strengthened the prospect of a long race.'],
    // across lower-case modifiers
    ['The importance of deadlines grew as the inspector general released two highly critical reports that depicted delays.'],
    ['A story detailed four domestic-abuse police reports that his wife filed against him.'],
  ])('%s', (sentence) => {
    expect(attribute(sentence).quotes).toEqual([]);
  });

  it('keeps the verb after a name', () => {
    expect(attribute('Two days later the senator reports that the bill will pass.').quotes.map((q) => q.text)).toEqual(['that the bill will pass']);
    expect(attribute('The senator from Ohio states that the bill will pass.').quotes.map((q) => q.text)).toEqual(['that the bill will pass']);
  });
});
