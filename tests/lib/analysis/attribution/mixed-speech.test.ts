import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const reported = (r: ReturnType<typeof attribute>) => r.quotes.map((q) => [q.text.replace(/^that /, ''), q.type, q.speaker]);

describe('a reported clause holding a quotation is one quote (mixed speech)', () => {
  it.each([
    ['Mayor Lena Ortiz said the new stadium was “a gift to developers” and would never pay for itself.', 'the new stadium was “a gift to developers” and would never pay for itself', 'Lena Ortiz'],
    ['Councillor Ravi Menon said the fees charged by landlords and others “make no sense at all.”', 'the fees charged by landlords and others “make no sense at all.”', 'Ravi Menon'],
    ['Coach Dana Whitfield told reporters on Sunday that the team had played with real “grit” through a long and difficult season.', 'the team had played with real “grit” through a long and difficult season', 'Dana Whitfield'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });
});

describe('verbs that usually read as nouns, before "that"', () => {
  it.each([
    ['The Daily Courier reports that the council will close two libraries next year.', 'the council will close two libraries next year', 'Daily Courier'],
    ['Senator Mira Holt claims that the budget hides a deficit of two billion.', 'the budget hides a deficit of two billion', 'Mira Holt'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });

  it.each([
    ['The reports that the council will close two libraries were denied.'],
    ['Her claims that the budget hides a deficit were never tested.'],
  ])('no report from the noun in %s', (sentence) => {
    expect(attribute(sentence).quotes).toEqual([]);
  });
});

describe('where a reported clause ends', () => {
  it.each([
    ['Union leaders said the strike would go ahead; they had not heard from the company since Friday.', 'the strike would go ahead', 'Union leaders'],
    ['Republicans said the agency had mishandled the inquiry and Democrats accused them of playing politics.', 'the agency had mishandled the inquiry', 'Republicans'],
    ['Governor Alma Reyes agreed that the rules should change, but she said the debate should wait until spring.', 'the rules should change', 'Alma Reyes'],
    ['Officials said the dogs and the cats had been moved to a shelter outside the city.', 'the dogs and the cats had been moved to a shelter outside the city', 'Officials'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });

  it.each([
    ['Mayor Lena Ortiz described the flooding as a “terrible situation,” but declined to blame the utility.', 'the flooding as a “terrible situation,”', 'Lena Ortiz'],
    ['The minister described the plan as “a disaster for the town.”', 'the plan as “a disaster for the town.”', 'minister'],
  ])('a naming report ends after the quotation: %s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });
});

describe('a short lead-in completed by a quotation, then the speaker', () => {
  it.each([
    ['The summit achieved “too little,” Mayor Lena Ortiz said on Friday.', 'The summit achieved “too little,”', 'Lena Ortiz'],
    ['With hundreds of polling places, “no single failure can swing the count,” said Ravi Menon, the county clerk.', 'With hundreds of polling places, “no single failure can swing the count,”', 'Ravi Menon'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });

  it.each([
    ['“We will win the vote,” said the mayor, Lena Ortiz.', 'We will win the vote,', 'direct'],
    ['To ease the danger, engineers said, the company fitted most of its old covers with vents that let the gas escape, “so it cannot build up,” Ravi Menon said.', 'so it cannot build up,', 'partial'],
  ])('the quotation stays on its own: %s', (sentence, text, type) => {
    expect(attribute(sentence).quotes.map((q) => [q.text, q.type])).toContainEqual([text, type]);
  });
});

describe('a quoted name given to something ("called X “…”")', () => {
  it.each([
    ['Senator Mira Holt called the minister’s remarks on Saturday “a true wake-up call” for the party.', 'the minister’s remarks on Saturday “a true wake-up call” for the party', 'Mira Holt'],
    ['Mayor Lena Ortiz called her rival a “pathological liar” who is “utterly amoral,” a “serial cheat,” a “bully” and a “narcissist.”', 'her rival a “pathological liar” who is “utterly amoral,” a “serial cheat,” a “bully” and a “narcissist.”', 'Lena Ortiz'],
    ['Councillor Ravi Menon called the audit “a whitewash” and demanded a new one.', 'the audit “a whitewash”', 'Ravi Menon'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence)).filter((q) => q[1] === 'indirect')).toEqual([[clause, 'indirect', speaker]]);
  });
});
