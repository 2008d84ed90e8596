import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (...paragraphs: string[]) => attribute(...paragraphs).quotes.filter((q) => q.type === 'indirect').map((q) => [q.text, q.speaker]);

describe('a verb carrying the infinitive of saying: its subject speaks', () => {
  it.each([
    ['Senator Ann Lee continued to complain that the board had been unfair to her.', 'that the board had been unfair to her', 'Ann Lee'],
    ['Senator Ann Lee went on to explain that the tax would fall on renters.', 'that the tax would fall on renters', 'Ann Lee'],
    ['Senator Ann Lee went out of her way to say that the economy had hit bottom.', 'that the economy had hit bottom', 'Ann Lee'],
    ['Senator Ann Lee refused to say that the city should be the capital.', 'that the city should be the capital', 'Ann Lee'],
    ['The senators are all quick to point out that they are not representing the governor.', 'that they are not representing the governor', 'senators'],
    ['Republicans continue to warn that the deal was a dangerous mistake.', 'that the deal was a dangerous mistake', 'Republicans'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(sentence)).toEqual([[clause, speaker]]);
  });

  it.each([
    ['It is fair to say that the plan failed.'],
    ['The plan is designed to show that the economy is strong.'],
  ])('reports nothing for %s', (sentence) => {
    expect(indirect(sentence)).toEqual([]);
  });
});
