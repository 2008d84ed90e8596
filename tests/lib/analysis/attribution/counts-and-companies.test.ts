import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('"added" before a number counts, it does not report', () => {
  it.each([
    'Danilo Gallinari added 25 points in his former home arena, and Nerlens Noel had 15.',
    'In Chicago, organizers added 160 security personnel along the parade route.',
    'The economy added 151,000 jobs during the month, the department reported.',
  ])('%s', (sentence) => {
    expect(attribute(sentence).quotes.filter((q) => q.cue === 'added')).toEqual([]);
  });

  it('still reports a clause after "added"', () => {
    const { quotes } = attribute('Mayor Dana Lee added that 25 officers would patrol the route.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['that 25 officers would patrol the route', 'Dana Lee']]);
  });
});

describe('a company name ending in a business word is an organisation', () => {
  it.each([
    [['The company that runs the awards, Dick Clark Productions, denies that anything is settled.', '"We have no further comment," they said.'], 'no further comment', 'Dick Clark Productions'],
    [['Marvel Entertainment put out a statement on Friday.', '"The film will open in May," it said.'], 'film will open', 'Marvel Entertainment'],
  ])('%j', (paragraphs, fragment, speaker) => {
    const result = attribute(...paragraphs);
    expect(speakerOf(result, fragment)).toBe(speaker);
    expect(result.entities.find((e) => e.name === speaker)?.type).toBe('organization');
  });
});
