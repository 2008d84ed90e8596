import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const officials = (...paragraphs: string[]) =>
  attribute(...paragraphs).entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]);

describe('officials: people named with a title', () => {
  it.each([
    ['Former Finance Minister Arno Haldane resigned on Monday.', 'Arno Haldane', /Former Finance Minister/],
    ['Acting Police Commissioner Dana Whitlow spoke to residents.', 'Dana Whitlow', /Acting Police Commissioner/],
    ['Brazilian President Lucia Mendes arrived in Lisbon.', 'Lucia Mendes', /Brazilian President/],
    ['The report was written by Omar Saleh, a senior fellow at the Harbor Institute.', 'Omar Saleh', /senior fellow at the Harbor Institute/],
    ['Ines Moreau, the agency’s deputy director, declined to comment.', 'Ines Moreau', /deputy director/],
    ['Piet Janssen, who heads the port authority, was not available.', 'Piet Janssen', /head of the port authority/],
    ['Gen. Walter Ames inspected the base.', 'Walter Ames', /Gen/],
    ['The bill was drafted by Viktor Lenz, who works as a legal adviser to the committee.', 'Viktor Lenz', /legal adviser/],
  ])('%s', (sentence, name, title) => {
    const found = officials(sentence).find(([n]) => n === name);
    expect(found?.[1]).toMatch(title);
  });

  it.each([
    ['Her mother, Clara Voss, said the school had called twice.'],
    ['His brother Tobias Lang drove the car.'],
    ['The authoritarian Victor Oban spoke for an hour.'],
    ['It was a major Portland employer for decades.'],
  ])('no title from kinship words or bare adjectives: %s', (sentence) => {
    expect(officials(sentence)).toEqual([]);
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
