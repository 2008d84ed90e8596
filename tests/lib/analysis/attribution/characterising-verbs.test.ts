import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a verb that casts its object as the quoted words reports the object with the quotation', () => {
  it.each([
    ['Governor Jeb Bush referred to Senator Marco Rubio as “a bright, charismatic leader” on Tuesday.', 'to Senator Marco Rubio as “a bright, charismatic leader” on Tuesday', 'Jeb Bush'],
    ['Chancellor Angela Merkel heralded the deal with Turkey as a “breakthrough.”', 'the deal with Turkey as a “breakthrough.”', 'Angela Merkel'],
    ['Senator Ted Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”', 'the anti-fracking law on “knuckleheaded Democratic politicians.”', 'Ted Cruz'],
    ['Governor Mary Fallin portrayed the senator’s candidacy as a “working-class” rebellion against the party.', 'the senator’s candidacy as a “working-class” rebellion against the party', 'Mary Fallin'],
    ['Senator Ted Cruz mocked the governor for “having a tough night” on Tuesday.', 'the governor for “having a tough night” on Tuesday', 'Ted Cruz'],
  ])('%s', (sentence, clause, speaker) => {
    const q = attribute(sentence).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: clause, type: 'indirect', speaker });
  });

  it('in the passive it names a source only after "by"', () => {
    expect(attribute('The senator disputed that he took part in what has been portrayed as an “irregular” channel of diplomacy.').quotes).toEqual([]);
    expect(attribute('The plan was portrayed as a “working-class” rebellion by Governor Mary Fallin.').quotes.map((q) => q.speaker)).toEqual(['Mary Fallin']);
  });
});
