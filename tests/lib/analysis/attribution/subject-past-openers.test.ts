import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const speakers = (sentence: string) => attribute(sentence).quotes.map((q) => q.speaker);

describe('the sentence subject speaks, past an opener or an object before a participle', () => {
  it.each([
    // a one-word opener closed by a comma, or a participle phrase, comes before the subject
    ['There, the district chairman Paul Brandt declined to name the delegates but said one was a loyal supporter.', 'Paul Brandt'],
    ['Following a late meeting, the Harbor Council issued a statement calling the test “a clear violation” of the treaty.', 'Harbor Council'],
    // the noun between a verb and a participle is the verb's object, not the speaker
    ['On Saturday, Ann Lee issued a statement saying that the judge was “a remarkable person.”', 'Ann Lee'],
    ['Senator Tom Reyes emailed supporters saying: “The struggle continues” and vowing to fight on.', 'Tom Reyes'],
    // after "of" the noun is the one speaking ("footage of X saying")
    ['The ad uses footage of Ann Lee asking, “Why aren’t I fifty points ahead?”', 'Ann Lee'],
  ])('%s', (sentence, speaker) => {
    expect(speakers(sentence)).toEqual([speaker]);
  });
});
