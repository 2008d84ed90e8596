import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const officials = (...paragraphs: string[]) =>
  attribute(...paragraphs).entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]);

describe('no title from a domain that runs into the words after it', () => {
  it.each([
    ['The bonus went to the President of CNN Worldwide on Monday.', 'Worldwide'],
    ['“We won,” said Inspector General for the Intelligence Community staff.', 'Community'],
  ])('%s', (sentence, word) => {
    expect(officials(sentence).some(([n]) => n === word)).toBe(false);
  });
});

describe('officials: people named with a title', () => {
  it.each([
    ['Former Finance Minister Arno Haldane resigned on Monday.', 'Arno Haldane', /Former Finance Minister/],
    ['Acting Police Commissioner Dana Whitlow spoke to residents.', 'Dana Whitlow', /Acting Police Commissioner/],
    ['Brazilian President Lucia Mendes arrived in Lisbon.', 'Lucia Mendes', /Brazilian President/],
    ['The report was written by Omar Saleh, a senior fellow at the Harbor Institute.', 'Omar Saleh', /senior fellow at the Harbor Institute/],
    ['Ines Moreau, the agency’s deputy director, declined to comment.', 'Ines Moreau', /deputy director/],
    ['Piet Janssen, who heads the port authority, was not available.', 'Piet Janssen', /head of the port authority/],
    ['Gen. Walter Ames inspected the base.', 'Walter Ames', /Gen/],
    // "Gov." and the plural "Sens." are titles before a name, with modifiers before them
    ['Republican Gov. Ellen Marsh and leaders of the Legislature have avoided criticism of the strike.', 'Ellen Marsh', /^Republican Gov/],
    ['Unlike Kentucky GOP Gov. Roy Tanner, who lost his bid this month, she kept quiet.', 'Roy Tanner', /^Kentucky GOP Gov/],
    ['The two other candidates in the race — Sens. Carol Boone and Lena Ortiz — have struggled to gain ground.', 'Carol Boone', /^Sens/],
    // an abbreviation's dot inside a title in apposition, and a title after "who is"
    ['“We will act,” Gerald Bowman, the U.S. attorney for the Southern District of New York, said in a statement.', 'Gerald Bowman', /^U\.S\. attorney for the Southern District of New York$/],
    ['He questioned the judgment of Anton Vidal, who is the White House Ukraine expert, on Tuesday.', 'Anton Vidal', /^White House Ukraine expert$/],
    // the second name after a plural title shares it
    ['The two other candidates in the race — Sens. Carol Boone and Lena Ortiz — have struggled to gain ground.', 'Lena Ortiz', /^Sens/],
    ['The bill was drafted by Viktor Lenz, who works as a legal adviser to the committee.', 'Viktor Lenz', /legal adviser/],
    // an English title whose head takes its domain after "of", before the name
    ['Secretary of State Nora Bell spoke on Monday.', 'Nora Bell', /^Secretary of State$/],
    ['Former Secretary of Health and Human Services Kay Sobel said the law would hold.', 'Kay Sobel', /^Former Secretary of Health and Human Services$/],
    ['Speaker of the House Paul Reyes said it would pass.', 'Paul Reyes', /^Speaker of the House$/],
    // an apposition too long for a title is one up to the phrase after the title's own complement
    ['Lawmakers grilled Jana Weller, a top national security aide to Vice President Pence on the president’s July 25 phone call with Ukrainian President Zelensky.', 'Jana Weller', /^top national security aide to Vice President Pence$/],
  ])('%s', (sentence, name, title) => {
    const found = officials(sentence).find(([n]) => n === name);
    expect(found?.[1]).toMatch(title);
  });

  it.each([
    ['Her mother, Clara Voss, said the school had called twice.'],
    ['His brother Tobias Lang drove the car.'],
    ['The authoritarian Victor Oban spoke for an hour.'],
    ['It was a major Portland employer for decades.'],
    // a nationality's plural names a people
    ['The theories were circulated by the Ukrainians, particularly the former prosecutor general.'],
    // a second member of a list after the comma is no apposition
    ['The firm owns the Chicago Tribune and Hartford Courant, and the former owner of The Times sold it.'],
    ['The plan pleased people in Colorado, and a former defense official praised it.'],
  ])('no title from kinship words or bare adjectives: %s', (sentence) => {
    expect(officials(sentence)).toEqual([]);
  });

  it('a singular title before "A and B" is A’s alone', () => {
    expect(officials('Gov. Ellen Marsh and Paul Reyes met the strikers.')).toEqual([['Ellen Marsh', 'Gov']]);
  });

  it('keeps the most informative title and one entity for every mention', () => {
    const r = attribute(
      'Deputy Mayor Selma Ortiz opened the session.',
      'Selma Ortiz, the deputy mayor for housing and planning, said the budget was tight.',
      'Ortiz later left the room.',
    );
    const people = r.entities.filter((e) => e.name === 'Selma Ortiz');
    expect(people).toHaveLength(1);
    expect(people[0].title).toMatch(/deputy mayor for housing/);
    expect(people[0].mentions.length).toBeGreaterThanOrEqual(3);
  });
});

describe('one person across spellings of a transliterated surname', () => {
  it('"Zelenskiy", "Zelenskyy" and "Zelensky" are one entity', () => {
    const r = attribute('Ukrainian President Volodymyr Zelenskiy met the envoy on Monday.', '“We had a good talk,” said President Zelenskyy.', '“It was useful,” Zelensky added.');
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Volodymyr Zelenskiy']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Volodymyr Zelenskiy', 'Volodymyr Zelenskiy']);
  });
});

describe('places are never people', () => {
  it.each([
    ['Supporters disrupted the state convention in Nevada, throwing chairs and later threatening the state chairwoman.', 'Nevada'],
    ['The primary in Florida, the national party chairwoman said, went smoothly.', 'Florida'],
  ])('%s', (sentence, place) => {
    expect(attribute(sentence).entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain(place);
  });
});
