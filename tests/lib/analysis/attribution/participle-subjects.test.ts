import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a participle of saying after an earlier quotation of its sentence goes on with that speaker', () => {
  it.each([
    ['"adding that" after a quote closed by its comma', 'they have anger',
      'Asked about a protester, Mr. Trump said of the episode, “I don’t like it,” adding that “they have anger that is unbelievable.”', 'Trump'],
    ['"adding:" after a partial quote', 'informing all of our committee members',
      'In the email, Henry Ash described the move as a “major breach of trust,” adding: “I am now informing all of our committee members of this incident.”', 'Henry Ash'],
    ['"explaining" after an inverted "said X"', 'outstanding with data',
      '“It is a file that two people understand,” said Bill Skelly, explaining he worked more closely with the data team: “Vito is outstanding with data.”', 'Bill Skelly'],
    ['"adding" after a show title quoted between', 'an insider in an outsider year',
      '“He would be the best nominee,” Lindsey Graham said on MSNBC’s “Morning Joe,” adding, “John Kasich’s problem is he is an insider in an outsider year.”', 'Lindsey Graham'],
  ])('%s', (_, fragment, paragraph, speaker) => {
    expect(speakerOf(attribute(paragraph), fragment)).toBe(speaker);
  });
});

describe('a participle after a report closed by its speaker is that speaker’s, not the reported words’ subject', () => {
  it.each([
    ['"X said, adding"', 'not very religious',
      'Mateen left as soon as prayers were finished, Nefzi said, adding, “He was not very religious.”', 'Nefzi'],
    ['"said X, adding"', 'a quiet man',
      'The suspect rarely spoke to anyone, said Officer Dana Reyes, adding, “He was a quiet man.”', 'Dana Reyes'],
    // the words before the comma are the verb's object, not its inverted speaker
    ['an object after "praised", not an inverted speaker', 'good for the race',
      'For months, Senator Cruz had praised Trump, stating, “He is good for the race.”', 'Cruz'],
    // a speech verb's form used as a noun ends no report
    ['a verb form used as a noun ("comments")', 'We are fine',
      'Mayor Ann Lee dismissed the critics’ comments, telling reporters, “We are fine.”', 'Ann Lee'],
  ])('%s', (_, fragment, paragraph, speaker) => {
    expect(speakerOf(attribute(paragraph), fragment)).toBe(speaker);
  });
});
