import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('English role nouns: "the president" is the person just named with that office', () => {
  it.each([
    ['the president after President Barack Obama', ['President Barack Obama spoke on Monday.', '“It is time,” the president said.'], 'It is time', 'Barack Obama'],
    ['the senator after an abbreviated title', ['Sen. Elizabeth Warren spoke on Monday.', '“It is time,” the senator said.'], 'It is time', 'Elizabeth Warren'],
    ['the mayor after a bare surname later', ['Mayor Bill de Blasio spoke on Monday.', 'De Blasio left early.', '“We are ready,” the mayor said.'], 'We are ready', 'Bill de Blasio'],
  ])('%s', (_, paragraphs, fragment, speaker) => {
    expect(speakerOf(attribute(...paragraphs), fragment)).toBe(speaker);
  });

  it.each([
    ['another person was named since ("Rubio … the senator")', ['Sen. Bernie Sanders spoke first.', 'Marco Rubio stopped by his headquarters. “We will win,” the senator said.']],
    ['a vice president is not "the president"', ['Vice President Mike Pence spoke on Monday.', '“It is time,” the president said.']],
    ['an office of a named body ("president of the Federal Reserve Bank of New York")', ['John Williams, president of the Federal Reserve Bank of New York, spoke.', '“It is time,” the president said.']],
    ['the president-elect is not the president', ['President-elect Donald Trump spoke on Monday.', '“It is time,” the president said.']],
  ])('no one: %s', (_, paragraphs) => {
    const speaker = speakerOf(attribute(...paragraphs), paragraphs[1].includes('We will win') ? 'We will win' : 'It is time');
    expect(speaker).toMatch(/^(the )?(senator|president)$/);
  });
});
