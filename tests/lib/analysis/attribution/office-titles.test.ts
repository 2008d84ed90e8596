import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const titleOf = (sentence: string, name: string) =>
  attribute(sentence).entities.find((e) => e.type === 'person' && e.name === name)?.title ?? null;

describe('titles named by an office, a complement or a possessive phrase', () => {
  it.each([
    // a lower-case head that is ambiguous alone ("official") after the capitalised office it belongs to
    ['Last week State Department official Dana Whitlow revealed the call to investigators.', 'Dana Whitlow', /^State Department official$/],
    ['Former National Security Council official Piet Janssen told investigators about it.', 'Piet Janssen', /National Security Council official$/],
    // an organisation after "to the" between the title and the name
    ['The chairman met Ambassador to the European Union Arno Haldane on Monday.', 'Arno Haldane', /^Ambassador to the European Union$/],
    // a possessive phrase after a preposition, in apposition before the name
    ['He met in Hanoi with North Korea’s leader, Lucia Mendes.', 'Lucia Mendes', /^North Korea’s leader$/],
    ['They had talks with Hong Kong’s chief executive, Ines Moreau, on Monday.', 'Ines Moreau', /chief executive$/],
    ['The firm bought the entire stake held by Tribune’s former chairman, Piet Ferrol, for $13 a share.', 'Piet Ferrol', /^Tribune’s former chairman$/],
    ['The nominee was pressed by ABC’s host, Dana Whitlow, on Sunday.', 'Dana Whitlow', /^ABC’s host$/],
    // roles of the press and the diplomatic "counterpart"
    ['The segment angered Fox News host Clara Voss last year.', 'Clara Voss', /^Fox News host$/],
    ['A meeting between the president and his Chinese counterpart, Wang Lin, was cancelled.', 'Wang Lin', /Chinese counterpart$/],
  ])('%s', (sentence, name, title) => {
    expect(titleOf(sentence, name)).toMatch(title);
  });

  it.each([
    // "official" alone stays an adjective: no title without the office's capitals before it
    ['The official Tobias Lang account posted the photo.', 'Tobias Lang'],
    ['It was an official Ellen Marsh event.', 'Ellen Marsh'],
  ])('no title: %s', (sentence, name) => {
    expect(titleOf(sentence, name)).toBeNull();
  });

  it('"He" after a name word is part of the name ("Liu He"), and the pronoun after a full stop is not', () => {
    const { quotes, entities } = attribute('The talks were led by Vice Premier Zhao He, who said the deal was close.', 'Trump said the deal was great. He said it would pass.');
    expect(entities.some((e) => e.name === 'Zhao He' && /Vice Premier/.test(e.title ?? ''))).toBe(true);
    expect(quotes.find((q) => q.text.includes('it would pass'))?.speaker).toBe('Trump');
  });
});
