import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (...paragraphs: string[]) => attribute(...paragraphs).quotes.filter((q) => q.type === 'indirect').map((q) => [q.text, q.speaker]);

describe('a reported clause before a quotation that another verb of saying introduces', () => {
  it.each([
    ['Senator Ann Lee says she respects the governor and calls him “a man of real experience.”', 'she respects the governor', 'Ann Lee'],
    ['Senator Ann Lee said she saw no need to change her campaign, telling reporters that “we tell the truth.”', 'she saw no need to change her campaign', 'Ann Lee'],
    ['Senator Ann Lee said the tax plan would favour the rich, and called it “a gift to donors.”', 'the tax plan would favour the rich', 'Ann Lee'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(sentence)).toContainEqual([clause, speaker]);
  });

  it.each([
    // the quotation goes on from the clause: no verb of saying of its own
    ['Senator Ann Lee says she is proud of her campaign and expects to leave with a “solid share of the delegates.”', 'she is proud of her campaign'],
    // "confirmed" takes an object as often as a report: left to the quotation's own reading
    ['The ministry has also confirmed that it remains in contact with the rebels, citing “contractual obligations” between the two.', 'that it remains in contact with the rebels'],
  ])('keeps %s whole', (sentence, clause) => {
    expect(indirect(sentence).map(([text]) => text)).not.toContain(clause);
  });
});
