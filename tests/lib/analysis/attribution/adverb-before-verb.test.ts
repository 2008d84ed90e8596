import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('"earlier" and "first" between a subject and its verb are adverbs, not adjectives of a noun', () => {
  it.each([
    ['after an auxiliary', 'Governor Ann Holt had earlier said he was “saddened” by the news.', 'saddened', 'Ann Holt'],
    ['after a name', 'Ann Holt earlier said the plan was dead.', 'the plan was dead', 'Ann Holt'],
    ['after a pronoun', 'Governor Ann Holt spoke on Monday. She first told reporters that the plan was dead.', 'the plan was dead', 'Ann Holt'],
  ])('%s', (_, paragraph, fragment, speaker) => {
    expect(speakerOf(attribute(paragraph), fragment)).toBe(speaker);
  });

  it('after an article the word is still an adjective ("an earlier statement", not a verb "said" of a noun)', () => {
    const quotes = attribute('Ann Holt spoke. The earlier claims said nothing new about the plan.').quotes;
    expect(quotes.some((q) => q.speaker === 'Ann Holt')).toBe(false);
  });
});
