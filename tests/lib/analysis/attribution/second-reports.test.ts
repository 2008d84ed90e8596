import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a second verb of saying of the same speaker ends the first reported clause and reports its own', () => {
  it.each([
    ['Ben Carson said he had never lied, but said his campaign had found the student newspaper article.', ['he had never lied', 'his campaign had found the student newspaper article']],
    ['Jennifer Palmieri said the remarks were dangerous but noted that experts say ISIS has mentioned Trump.', ['the remarks were dangerous', 'experts say ISIS has mentioned Trump']],
    ['Donald Trump said the rally was huge, claiming that he is responsible for higher voter turnout.', ['the rally was huge', 'he is responsible for higher voter turnout']],
    // the quotation in the second report belongs to it, and the first clause is kept
    ['Mitt Romney said Trump was hiding something, asserting that the only explanation must be “a bombshell of unusual size.”', ['Trump was hiding something', 'that the only explanation must be “a bombshell of unusual size.”']],
    ['Senator Ted Cruz said his attacks had worked and said that Trump did not represent the legacy of the “party of Reagan.”', ['his attacks had worked', 'that Trump did not represent the legacy of the “party of Reagan.”']],
  ])('%s', (sentence, expected) => {
    expect(attribute(sentence).quotes.map((q) => q.text)).toEqual(expected);
  });

  it('ends the first report at a participle after a comma inside the closing mark', () => {
    const quotes = attribute('Donald Trump said that Mitt Romney “had a crazy policy which was maniacal,” adding, “He lost all of the Latino vote.”').quotes.map((q) => q.text);
    expect(quotes).toContain('He lost all of the Latino vote.');
    expect(quotes.some((q) => q.includes('maniacal') && q.includes('Latino'))).toBe(false);
  });
});
