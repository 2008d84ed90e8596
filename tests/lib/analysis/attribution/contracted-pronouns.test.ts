import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a pronoun with a contracted verb joined on is the pronoun', () => {
  it('"He’s suggesting that …" is the senator named before', () => {
    const r = attribute('Sen. Bernie Sanders is burrowing in for a floor fight.', 'He’s suggesting that delegates from states he won should flip to his column.');
    expect(speakerOf(r, 'delegates from states')).toBe('Bernie Sanders');
  });

  it('"It\'s" is no speaker', () => {
    const r = attribute('The group is powerful.', "It's the persistent pull of the promise that you can keep your plan.");
    expect(r.quotes).toEqual([]);
  });
});
