import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const en = (fragment: string, ...paragraphs: string[]) => speakerFinder('Headline of the article')('en', fragment, ...paragraphs);

describe('English: quotations chained by "and" share one cue', () => {
  it.each([
    // the cue before a direct quotation goes on into the next one
    ['Hundreds of teachers rallied at the Capitol. Teachers chanted, “Fund our schools,” and “Put kids first,” as they marched.', 'Put kids first', 'Teachers'],
    ['Senator Jane Ortiz said, “We will win this,” and “We will not stop.”', 'We will not stop', 'Jane Ortiz'],
    // the cue after the last quotation reaches back to the first
    ['“Never again,” and “not on my watch,” Mayor Tom Reyes said on Friday.', 'Never again', 'Tom Reyes'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(en(fragment, sentence)).toBe(speaker);
  });

  it('does not carry a cue over other words between the quotations', () => {
    expect(en('We will not stop', 'Senator Jane Ortiz said, “We will win this,” and the crowd shouted “We will not stop.”')).not.toBe('Jane Ortiz');
  });
});
