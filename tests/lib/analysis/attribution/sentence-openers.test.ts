import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

const reported = (r: ReturnType<typeof attribute>) => r.quotes.map((q) => [q.text.replace(/^that /, ''), q.type, q.speaker]);

describe('words opening a sentence are not its speaker', () => {
  it.each([
    ['But critics say the money could be better spent on schools.', 'the money could be better spent on schools', 'critics'],
    ['Shortly after the vote, Senator Ada Moss said the result was "a disgrace" to the chamber.', 'the result was "a disgrace" to the chamber', 'Ada Moss'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });

  it('one adverbial after another before the subject', () => {
    const r = attribute('Mayor Ida Brook grew up near the river.', 'Once in her early 20s, when a flood hit the town, she stood on the bridge and said, "We will rebuild every house."');
    expect(speakerOf(r, 'rebuild every house')).toBe('Ida Brook');
  });
});

describe('a participle opening the sentence', () => {
  it('"While saying that …, X …" reports the clause for the subject after the comma', () => {
    expect(reported(attribute('While saying that he does respect the governor, Senator Carl Dunn continued to express doubts about her record.'))).toEqual([
      ['he does respect the governor', 'indirect', 'Carl Dunn'],
    ]);
  });
});

describe('"continued" followed by words is not a cue', () => {
  it.each([
    ['The plan will cost far more than promised, the senator continued to argue in speeches across the state.'],
  ])('%s', (sentence) => {
    expect(attribute(sentence).quotes.filter((q) => q.cue === 'continued')).toEqual([]);
  });
});
