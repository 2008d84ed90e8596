import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('"went on to say" before a quotation reports its subject', () => {
  it.each([
    ['a name', 'confident', 'Mike Pence went on to say he is “confident” that the two men will work together.', 'Mike Pence'],
    ['a document', 'do not show up', 'The club closed in May. The email went on to say, “Today, people just do not show up.”', 'email'],
    ['"goes on to" after an adverb', 'racism into our law books', 'Huma Abedin wrote to supporters. The email then goes on to say: “Trump wants to write racism into our law books.”', 'email'],
  ])('%s', (_, fragment, paragraph, speaker) => {
    expect(speakerOf(attribute(paragraph), fragment)).toBe(speaker);
  });

  it('"to" before another noun still reads as a preposition', () => {
    expect(speakerOf(attribute('He sent a letter to statement writers. “We will win,” Jane Roe said.'), 'We will win')).toBe('Jane Roe');
  });
});
