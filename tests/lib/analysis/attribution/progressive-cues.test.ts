import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a progressive verb of saying ("is praising") is a cue with its subject before "is", not a passive', () => {
  it.each([
    ['Senator Ted Cruz is praising Jeb Bush, who ended his bid on Saturday, as “a man who didn’t go to the gutter.”', 'Jeb Bush, who ended his bid on Saturday, as “a man who didn’t go to the gutter.”', 'Ted Cruz'],
    ['Governor Mary Fallin is questioning whether the senator would have come “if it were held in a mosque.”', 'whether the senator would have come “if it were held in a mosque.”', 'Mary Fallin'],
    ['Senator Bernie Sanders is pledging to “win this election in the fall.”', 'to “win this election in the fall.”', 'Bernie Sanders'],
    ['Governor Mary Fallin is also labeling the decision “a disgrace to the office.”', 'the decision “a disgrace to the office.”', 'Mary Fallin'],
  ])('%s', (sentence, clause, speaker) => {
    const q = attribute(sentence).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: clause, speaker });
  });

  it('a passive participle after "is" still looks for its source after "by"', () => {
    const q = attribute('The plan was described as “a disaster for families” by Governor Mary Fallin.').quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Mary Fallin']);
  });
});
