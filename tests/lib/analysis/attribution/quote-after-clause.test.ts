import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const quotes = (sentence: string) => attribute(sentence).quotes.map((q) => [q.text, q.type]);

describe('a reported clause before a quotation with its own verb', () => {
  it.each([
    ['A spokesman for the mayor said there was no meeting planned with the union, adding: “If one is requested, we will consider it.”', 'there was no meeting planned with the union', 'If one is requested, we will consider it.'],
    ['Governor Tom Hart said the bill was badly flawed, saying, “We can do better than this.”', 'the bill was badly flawed', '“We can do better than this.”'],
  ])('%s', (sentence, clause, quotation) => {
    const found = quotes(sentence);
    expect(found).toContainEqual([clause, 'indirect']);
    expect(found.map(([text]) => text)).toContain(quotation);
  });

  it('keeps a quotation inside the clause in the clause', () => {
    expect(quotes('Senator Ann Lee said the plan was “dead on arrival” in the Senate, adding that it would never pass.')).toContainEqual(['the plan was “dead on arrival” in the Senate', 'indirect']);
  });
});
