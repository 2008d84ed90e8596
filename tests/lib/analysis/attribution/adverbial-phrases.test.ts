import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a prepositional phrase before ", X said" sets the scene and is not reported', () => {
  it.each([
    ['Governor George Wallace was the symbol of segregation. In a 1963 speech, he declared:', 'In a 1963 speech', null],
    ['Young voters were polled. By double digits, those surveyed say stricter gun laws would help prevent gun violence, though they blame failures in the mental health system.', 'By double digits', 'stricter gun laws would help prevent gun violence'],
    ['Sandra Ripert was an assistant at the bank. In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her to lunch.', 'In the early 1990s', 'when she was earning $24,000 a year, a boss invited her to lunch'],
    ['The city was in shock. In a tweet, the city of Nice urged people to seek shelter that way, and the hashtag was soon trending globally.', 'In a tweet', 'people to seek shelter that way, and the hashtag was soon trending globally'],
  ])('%s', (text, phrase, report) => {
    const quotes = attribute(text).quotes.map((q) => q.text);
    expect(quotes.some((q) => q.startsWith(phrase))).toBe(false);
    if (report) expect(quotes).toContain(report);
  });

  it.each([
    // a clause after the phrase's comma keeps the sentence a report
    ['Among Democrats alone, Clinton leads Sanders 49 percent to 41 percent, according to the Public Policy Institute of California.', 'Among Democrats alone, Clinton leads Sanders 49 percent to 41 percent'],
    ['In all, that amounts to just 11 percent of the money spent, according to FEC filings.', 'In all, that amounts to just 11 percent of the money spent'],
  ])('%s', (text, clause) => {
    expect(attribute(text).quotes.map((q) => q.text)).toContain(clause);
  });
});

describe('an adverbial clause alone before ", X said" sets the scene and is not reported', () => {
  it.each([
    ['As the charges were unsealed in New York, Hawk Sawyer testified before the Senate Judiciary Committee in Washington.', 'As the charges'],
    ['While Democrats have pushed for new negotiations, Senate Whip John Cornyn said on Tuesday.', 'While Democrats'],
  ])('%s', (text, phrase) => {
    expect(attribute(text).quotes.map((q) => q.text).some((q) => q.startsWith(phrase))).toBe(false);
  });

  it('a main clause after the adverbial clause keeps the sentence a report', () => {
    expect(attribute('When we win, we will fix the roads, Mayor Ida Brook said.').quotes.map((q) => q.text)).toContain('When we win, we will fix the roads');
  });
});
