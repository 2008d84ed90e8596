import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a plural of a listed noun heads the speaker before a quote; nationalities may be joined', () => {
  it.each([
    ['The Russian and Syrian defense ministries said the camp was held by “bandit formations” now.', 'Russian and Syrian defense ministries'],
    ['The French and German foreign ministers said the talks were “a first step” in the end.', 'French and German foreign ministers'],
    ['Two health agencies said the outbreak was “under control” by Friday.', 'health agencies'],
  ])('%s', (sentence, speaker) => {
    expect(attribute(sentence).quotes[0]?.speaker).toContain(speaker);
  });

  it('two people joined by "and" are not one speaker', () => {
    const r = attribute('Ann Lee and Tom Kim met on Monday.', 'Lee and Kim said the deal was “done” at last.');
    expect(r.quotes[0]?.speaker).not.toBe('Lee and Kim');
  });
});
