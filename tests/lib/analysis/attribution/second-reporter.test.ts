import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a report ends at the comma before another reporter, whose report is the rest of the sentence', () => {
  it.each([
    [
      'Although representatives of the family suggested the man may have been murdered, Hawk Sawyer told lawmakers no evidence supports anything other than suicide.',
      [['the man may have been murdered', 'representatives of the family'], ['no evidence supports anything other than suicide', 'Kathleen Hawk Sawyer']],
    ],
    [
      'While Democrats argued the bill was far too weak, Lee said the votes were there to pass it easily.',
      [['the bill was far too weak', 'Democrats'], ['the votes were there to pass it easily', 'Ann Lee']],
    ],
  ])('%s', (sentence, expected) => {
    const r = attribute('Kathleen Hawk Sawyer and Senator Ann Lee spoke on Monday.', sentence);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual(expected);
  });

  it('a reporter set between commas stays inside the report', () => {
    const r = attribute('Senator Ann Lee spoke on Monday.', 'Democrats argued the bill, Lee said, was far too weak to pass.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['Democrats argued the bill', 'Ann Lee'], ['was far too weak to pass', 'Ann Lee']]);
  });
});
