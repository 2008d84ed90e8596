import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('mixed speech: a partial quotation after its verb of saying is reported with its clause', () => {
  it.each([
    ['Sexton, a creative writing professor, said he holds his roots in southern Indiana “very near and dear to my heart.”', 'he holds his roots in southern Indiana “very near and dear to my heart.”', 'Sexton'],
    ['Senator Ted Cruz said his attacks had worked and said that Trump did not represent the legacy of the “party of Reagan.”', 'that Trump did not represent the legacy of the “party of Reagan.”', 'Ted Cruz'],
    ['Governor Mary Fallin said the nominee is “trying to campaign as a racial healer.”', 'the nominee is “trying to campaign as a racial healer.”', 'Mary Fallin'],
    // a weak verb of speech: its object and complement are reported with the quoted words
    ['Senator Ted Cruz praised Jeb Bush, who ended his bid on Saturday, as “a man who didn’t go to the gutter.”', 'Jeb Bush, who ended his bid on Saturday, as “a man who didn’t go to the gutter.”', 'Ted Cruz'],
    ['Governor Mary Fallin accused the senator of staging a “freak out.”', 'the senator of staging a “freak out.”', 'Mary Fallin'],
  ])('%s', (sentence, clause, speaker) => {
    const q = attribute(sentence).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: clause, type: 'indirect', speaker });
  });

});
