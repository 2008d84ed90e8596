import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (...paragraphs: string[]) => attribute(...paragraphs).quotes.filter((q) => q.type === 'indirect').map((q) => [q.text, q.speaker]);

describe('a source phrase that ends the report', () => {
  it.each([
    // the writer's own participle, bracket or dash after the source
    ['The carrier struck a provisional agreement with its unions, according to the Labor Department, taking a step toward ending the strike.', 'The carrier struck a provisional agreement with its unions', 'Labor Department'],
    ['The plan would raise only $1.1 trillion over the decade, according to the Tax Policy Center - far less than promised.', 'The plan would raise only $1.1 trillion over the decade', 'Tax Policy Center'],
    // no comma before the source
    ['The mayor is now well ahead of her challenger 46 percent to 39 percent according to a CBS poll released Monday.', 'The mayor is now well ahead of her challenger 46 percent to 39 percent', 'CBS'],
  ])('%s', (sentence, clause, speaker) => {
    const found = indirect(sentence);
    expect(found.map(([text]) => text)).toContain(clause);
    expect(found.find(([text]) => text === clause)?.[1]).toContain(speaker);
  });

  it('leaves a source inside a reported clause to that clause', () => {
    expect(indirect('The spokesman said that according to its analysis the party has won 82 percent of the vote.')).toEqual([['that according to its analysis the party has won 82 percent of the vote', 'spokesman']]);
  });
});
