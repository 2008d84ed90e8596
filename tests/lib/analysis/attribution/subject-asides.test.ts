import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (...paragraphs: string[]) => attribute(...paragraphs).quotes.filter((q) => q.type === 'indirect').map((q) => [q.text, q.speaker]);

describe('a clause set between commas after the subject of a verb of saying', () => {
  it.each([
    ['The official, who spoke on the condition of anonymity to discuss internal deliberations, said that investigators are looking at the server.', 'that investigators are looking at the server', 'official'],
    ['One former employee, speaking on condition of anonymity because of a non-disclosure agreement, said the manager had described the charity as a source of money.', 'the manager had described the charity as a source of money', 'former employee'],
    ['Several candidates, including the governor, said the state should refuse more refugees.', 'the state should refuse more refugees', 'candidates'],
    ['The senator’s office, when contacted by Reuters, said the former diplomat could not recall the dinner.', 'the former diplomat could not recall the dinner', 'senator'],
  ])('%s', (sentence, clause, speaker) => {
    const found = indirect(sentence);
    expect(found.map(([text]) => text)).toEqual([clause]);
    expect(found[0][1]).toContain(speaker);
  });

  it('leaves an aside that reports on its own to that report', () => {
    // "who said …" is a report of its own: the subject before it is not the reporter of the rest
    expect(indirect('The official, who said the server was safe, argued the audit was late.').map(([text]) => text)).not.toContain('the audit was late');
  });
});
