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

describe('a short aside between commas right before the verb, after a subject the noun-phrase reader cannot parse', () => {
  it.each([
    ['Cyber security experts and U.S. officials, however, said the attack came from abroad.', 'the attack came from abroad', 'Cyber security experts and U.S. officials'],
    ['Union members and leaders, meanwhile, say the contract will not pass this time.', 'the contract will not pass this time', 'Union members and leaders'],
    ['Doctors and nurses at the clinic, for their part, said staffing had become worse.', 'staffing had become worse', 'Doctors and nurses at the clinic'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(sentence)).toEqual([[clause, speaker]]);
  });

  it('keeps a longer clause between the commas out of the subject', () => {
    expect(indirect('Experts and officials, who met on Monday in the capital, however, said the attack came from abroad.').map(([, s]) => s)).not.toContain('Experts and officials, who met on Monday in the capital');
  });
});
