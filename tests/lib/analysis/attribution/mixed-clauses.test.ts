import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('mixed speech: a partial quotation after its verb of saying is reported with its clause', () => {
  it.each([
    ['Sexton, a creative writing professor, said he holds his roots in southern Indiana “very near and dear to my heart.”', 'he holds his roots in southern Indiana “very near and dear to my heart.”', 'Sexton'],
    ['Governor Mary Fallin said the nominee is “trying to campaign as a racial healer.”', 'the nominee is “trying to campaign as a racial healer.”', 'Mary Fallin'],
    // a weak verb of speech: its object and complement are reported with the quoted words
    ['Senator Ted Cruz praised Jeb Bush, who ended his bid on Saturday, as “a man who didn’t go to the gutter.”', 'Jeb Bush, who ended his bid on Saturday, as “a man who didn’t go to the gutter.”', 'Ted Cruz'],
    ['Governor Mary Fallin accused the senator of staging a “freak out.”', 'the senator of staging a “freak out.”', 'Mary Fallin'],
  ])('%s', (sentence, clause, speaker) => {
    const q = attribute(sentence).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: clause, type: 'indirect', speaker });
  });

  // a second verb of saying after the quotation, behind a comma or "and", reports a clause of its own
  it.each([
    ['Senator Ted Cruz said that there is “only one strong conservative in this race,” and added that it is why Trump “relentlessly attacks us.”', 'that there is “only one strong conservative in this race,”', 'that it is why Trump “relentlessly attacks us.”'],
    ['Governor Mary Fallin said the senator is a “total opportunist” and said that his record is “quite clear.”', 'the senator is a “total opportunist”', 'that his record is “quite clear.”'],
    ['Senator Ted Cruz hailed the vote as “fantastic,” telling reporters on Friday that the result is “a great thing.”', 'the vote as “fantastic,”', 'that the result is “a great thing.”'],
  ])('%s', (sentence, first, second) => {
    expect(attribute(sentence).quotes.map((q) => q.text)).toEqual([first, second]);
  });

  it('a verb that opens a direct quotation after the first leaves the clause whole', () => {
    const q = attribute('Senator Ted Cruz said he never used the term “three amigos” and added, “I frankly cringe when I hear it.”').quotes;
    expect(q).toHaveLength(1);
    expect(q[0].text).toBe('he never used the term “three amigos” and added, “I frankly cringe when I hear it.”');
  });

});
