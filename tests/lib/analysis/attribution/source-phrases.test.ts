import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (r: ReturnType<typeof attribute>) => r.quotes.filter((q) => q.type === 'indirect').map((q) => [q.text, q.speaker]);

describe('"according to" after a dash or between commas', () => {
  it.each([
    ['The town had 115 burglaries last year — including 12 at schools — according to the police department.', 'The town had 115 burglaries last year — including 12 at schools', 'police department'],
    ['Since last spring, according to the Red Cross, more than 300 families have left the valley.', 'more than 300 families have left the valley', 'Red Cross'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });
});

describe('a long source after "according to"', () => {
  it('reads the whole description of a poll up to its comma', () => {
    const r = attribute('According to early results of the exit poll conducted by a research firm for the Associated Press and television networks, most voters in both states care most about experience.');
    expect(indirect(r).map(([text]) => text)).toEqual(['most voters in both states care most about experience']);
  });
});
