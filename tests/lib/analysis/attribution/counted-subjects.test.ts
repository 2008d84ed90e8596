import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (...paragraphs: string[]) => attribute(...paragraphs).quotes.filter((q) => q.type === 'indirect').map((q) => [q.text, q.speaker]);

describe('a share of the people asked as the reporter', () => {
  it.each([
    ['The survey asked about the border. Two in three said they would oppose a new wall.', 'they would oppose a new wall', 'Two in three'],
    ['The survey asked about the border. 42% say the wall is a waste of money.', 'the wall is a waste of money', '42%'],
    ['The survey asked about pay. Only 38 percent said their wages had kept up with prices.', 'their wages had kept up with prices', 'Only 38 percent'],
    ['The survey asked about taxes, and nearly one in five said they had never filed a return.', 'they had never filed a return', 'nearly one in five'],
    ['Residents met the council on Monday. Some said the new road would split the village.', 'the new road would split the village', 'Some'],
    ['Residents met the council, but many said the plan had come too late.', 'the plan had come too late', 'many'],
    ['The mayor trails in the poll, with 22 percent saying they would never vote for him.', 'they would never vote for him', '22 percent'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(sentence)).toEqual([[clause, speaker]]);
  });

  it.each([
    ['Revenue rose 4 percent said nothing about the costs.'],
    ['The store sold three said products last year.'],
    ['The club bought some said players in the summer.'],
  ])('reports nothing for %s', (sentence) => {
    expect(indirect(sentence)).toEqual([]);
  });
});
