import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const people = (...paragraphs: string[]) =>
  attribute(...paragraphs).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title]);

describe('a given name coordinated with a full name shares its surname', () => {
  it('"Anna and Peter Holm": Anna Holm, who holds the title named with the bare surname later', () => {
    const found = people(
      'She had no knowledge of any effort to investigate Anna and Peter Holm.',
      '“The allegations against Senator Holm are not credible,” Lee Marsh said.',
    );
    expect(found).toContainEqual(['Anna Holm', 'Senator']);
    expect(found).not.toContainEqual(['Peter Holm', 'Senator']);
  });

  it.each([
    // the first word is a surname elsewhere in the text
    ['Brandt and Eva Sorensen met on Monday. Paul Brandt said nothing.', 'Brandt Sorensen'],
    // the first word stands alone again: a surname used on its own
    ['Brandt and Eva Sorensen met on Monday. “We agree,” Brandt said. Brandt left early.', 'Brandt Sorensen'],
  ])('no shared surname: %s', (paragraph, wrong) => {
    expect(people(paragraph).some(([name]) => name === wrong)).toBe(false);
  });
});
