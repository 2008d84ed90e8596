import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('an email, a note, a statement or an editorial that is quoted speaks its own words', () => {
  it.each([
    ['"the email said" after the quote', 'comes out on top', '"We need to make sure Hillary comes out on top," the email said.', 'email'],
    ['"The email said," before the quote', 'wind down', 'The club is closing. The email said, “Effective immediately, we are going to wind down the organization.”', 'email'],
    ['"One tweet said:"', 'very very sad', 'Twitter became a place to offer support. One tweet said: “This is very very sad. That is about all I can say.”', 'tweet'],
    ['"the note says"', 'total loser', '“Mark, you are a total loser! And your book sucks!” the note says.', 'note'],
    ['"the statement read"', 'revealed on tonight', '“The results of that meeting will be revealed on tonight’s show,” the statement read.', 'statement'],
    ['"read the email" after the quote', 'grow stronger', '"And with every vote and every victory, we grow stronger," read the email.', 'email'],
    ['"reads an editorial in …"', 'more spine', '“There are invertebrates that have shown more spine than Sen. Charles Grassley,” reads an editorial in The Des Moines Register.', 'editorial'],
  ])('%s', (_, fragment, paragraph, speaker) => {
    expect(speakerOf(attribute('Campaign news of the day.', paragraph), fragment)).toBe(speaker);
  });

  it('a report "suggesting" something is not the speaker of the quote its sentence calls it', () => {
    expect(speakerOf(attribute('A spokesman for Hillary Clinton called a report suggesting donors got access “outrageous.”'), 'outrageous')).not.toBe('report');
  });
});
