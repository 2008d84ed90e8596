import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('speakers named in longer shapes', () => {
  it.each([
    // a name, "of the" and an organisation before the verb
    ['"The plan was the least bad choice," Ms. Varga of the River Trust said.', 'least bad choice', 'Varga'],
    // title words and a party label: the verb comes late
    ['"Hearings are not optional," committee Chairman Rep. Omar Field (R-Ohio) said after the witness stayed away.', 'not optional', 'Omar Field'],
    // two appositions between the name and the verb
    ['“It is a clear overreach of federal power,” Dana Kirk, the attorney general of Utah, one of the states suing the agency, said at the hearing.', 'clear overreach', 'Dana Kirk'],
    // the noun after a preposition is not the subject
    ['Students marching through the streets chanted "No more cuts!" until late in the evening.', 'No more cuts', 'Students'],
    // "as X put it" after the quotation
    ['The rule is meant for "a lawful source of income," as Mayor Tom Reed put it.', 'lawful source of income', 'Tom Reed'],
    // a capitalised verb form qualifying a title ("State Senator"), on either side of the quote
    ['“He does not speak for us,” said State Senator José Rodríguez, Democrat of Texas.', 'speak for us', 'José Rodríguez'],
    ['“He does not speak for us,” State Senator Ann Lee said.', 'speak for us', 'Ann Lee'],
    // after an apposition, the words after "told" are the person told, not the speaker
    ['“Order for the roll call is extremely important,” House Speaker Paul Ryan, the convention chair, told the delegates before the vote.', 'roll call', 'Paul Ryan'],
    ['“The agents are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told Fox News.', 'under a lot of pressure', 'intelligence source'],
    // a work named by its author: the author speaks, not the place after "of"
    ['According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the chain tends to “consolidate copy editing” at a corporate center.', 'consolidate copy editing', 'Penelope Muse Abernathy'],
    // a weak verb with its particle speaks after the quote
    ['“The stock has not done well,” Mr. Rubel pointed out.', 'not done well', 'Rubel'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });
});

describe('an adverb in -ly between the subject and the verb', () => {
  it('"X cynically dismissed Y as “…”" is one report ending at the dash', () => {
    const r = attribute('In May, Senator Ruth Ames cynically dismissed the small island as being in the “backyard of St. Louis” — a joke that fell flat.');
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker])).toEqual([
      ['the small island as being in the “backyard of St. Louis”', 'indirect', 'Ruth Ames'],
    ]);
  });
});

describe('a title owned by a place stands for the one person who holds it', () => {
  it('"China’s ambassador" before the name is given joins "China’s ambassador to Britain Liu Xiaoming"', () => {
    const r = attribute(
      'China’s ambassador warned that the government “will not sit on our hands” if the unrest grows.',
      'China’s ambassador to Britain Liu Xiaoming has said that Beijing has the power to end the unrest.',
    );
    expect(speakerOf(r, 'sit on our hands')).toBe('Liu Xiaoming');
  });

  it('stays an unnamed source when two people hold such a title', () => {
    const r = attribute(
      'China’s ambassador warned that the government “will not sit on our hands” if the unrest grows.',
      'China’s ambassador to Britain Liu Xiaoming spoke on Monday. China’s ambassador to France Lu Shaye spoke on Tuesday.',
    );
    expect(speakerOf(r, 'sit on our hands')).toBe('China’s ambassador');
  });
});
