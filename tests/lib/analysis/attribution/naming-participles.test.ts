import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('"called" after a noun that "a" introduces names the thing, and reports nothing', () => {
  it.each([
    ['A new group called Black Votes Matter, led by strategists in New York, is trying to raise $25 million.'],
    ['The campaign worked with other data vendors, including a firm called Cambridge Analytica, which is owned by a major donor.'],
    ['He and his two older sisters joined a resistance movement called the Ethiopian People’s Revolutionary Party.'],
  ])('%s', (sentence) => {
    expect(attribute(sentence).quotes).toEqual([]);
  });

  it('keeps a speaker who called something by a name', () => {
    expect(attribute('Senator Ann Lee called the plan a disaster for the town.').quotes.map((q) => q.text)).toEqual(['the plan a disaster for the town']);
  });
});
