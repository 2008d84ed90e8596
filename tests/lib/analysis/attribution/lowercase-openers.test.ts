import { describe, expect, it } from 'vitest';
import { countLowercaseWords, MIN_LOWER } from '@/lib/analysis/lexicon/en/count-lowercase-words';
import LOWERCASE_WORDS from '@/lib/analysis/lexicon/en/lowercase-words.json';
import { attribute, speakerOf } from './helpers';

const times = (n: number, s: string) => Array.from({ length: n }, () => s);

describe('counting the words running text writes in lower case', () => {
  it('learns a word seen in lower case inside sentences', () => {
    expect(countLowercaseWords(times(MIN_LOWER, 'The vote came early in the day.'))).toContain('early');
  });

  it.each([
    ['a word seen too rarely', times(MIN_LOWER - 1, 'The vote came early in the day.'), 'early'],
    ['a name, capitalised inside sentences', [...times(MIN_LOWER, 'Voters in the young district met Young today.'), ...times(MIN_LOWER, 'They met Young and Young again.')], 'young'],
    ['a word only seen opening sentences', times(MIN_LOWER, 'Hastily. Hastily. Hastily.'), 'hastily'],
  ])('leaves out %s', (_, texts, word) => {
    expect(countLowercaseWords(texts)).not.toContain(word);
  });

  it('is the file the English lexicon reads, sorted, with common openers and without common surnames', () => {
    const words = LOWERCASE_WORDS.words;
    expect(words).toEqual([...words].sort());
    for (const w of ['early', 'reached', 'speaking', 'more']) expect(words).toContain(w);
    for (const w of ['trump', 'bush', 'kelly', 'cruz']) expect(words).not.toContain(w);
  });
});

describe('a capitalised opener written in lower case elsewhere is no speaker', () => {
  it.each([
    ['Early in his campaign, Senator Tom Reyes attacked the plan, calling it "a failed idea."', 'a failed idea', 'Tom Reyes'],
    ['Reached by phone, Mayor Ann Lee said the budget was "dead on arrival."', 'dead on arrival', 'Ann Lee'],
    ['Speaking Sunday on local radio, Governor Dan Holt said the bill was "a mistake."', 'a mistake', 'Dan Holt'],
    ['Eight years ago, Governor Dan Holt backed the plan and said, "It will pay for itself."', 'pay for itself', 'Dan Holt'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });

  it.each([
    ['More recently, the plan has been called "a mess" by its critics.'],
    ['Hastily the plan was "shelved" last week.'],
  ])('%s', (sentence) => {
    const r = attribute(sentence);
    expect(r.entities.map((e) => e.name)).not.toContain(sentence.split(/[ ,]/)[0]);
  });

  it.each([
    ['Indeed, Doctor asserts that talks have resumed between the two companies.'],
    ['“Specifically, Ambassador Volker confirmed under oath that he had no indication of a deal,” the statement read.'],
  ])('an opening adverb before a comma and title-like words is no official: %s', (sentence) => {
    const r = attribute(sentence);
    expect(r.entities.map((e) => e.name)).not.toContain(sentence.replace(/^“/, '').split(/[ ,]/)[0]);
  });

  it.each([
    ['Critics say the plan is "a mess."', 'a mess', 'Critics'],
    ['Others, reacting to the vote, shouted, "Shame!"', 'Shame', 'Others'],
  ])('a plural noun opening the sentence still speaks: %s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });

  it.each([
    ['Senator Tom Reyes spoke to nurses on Monday. It’s become such a fixture on the trail that Reyes thanked its members “for their support in my campaign.”', 'It’s'],
    ['The senator left. “We will win.” There’s still time for Reyes to mend fences with senators, even after calling them “the Washington cartel.”', 'There’s'],
  ])('a word with a verb joined on is no name: %s', (paragraph, opener) => {
    expect(attribute(paragraph).entities.map((e) => e.name)).not.toContain(opener);
  });

  it('a person’s pronoun with its verb joined on still speaks', () => {
    const r = attribute('Governor Dan Holt spoke in Ohio. "Watch the polls." He’s claiming that fraud is "a big problem."');
    expect(speakerOf(r, 'a big problem')).not.toBeNull();
  });

  it('a surname that is also a common word stays a name when the article names the person so', () => {
    const r = attribute('Representative Don Young spoke on Monday.', 'Young said the bill was "a disaster for Alaska."');
    expect(speakerOf(r, 'disaster for Alaska')).toBe('Don Young');
  });
});

describe('a dateline opening the story is not its subject', () => {
  it.each([
    ['WASHINGTON — Sen. Ann Lee defended her plan on Monday, saying it would "pay for itself."', 'Ann Lee'],
    ['NEW YORK (AP) — Mayor Dan Holt defended the budget, saying it was "the best we could do."', 'Dan Holt'],
  ])('%s', (sentence, speaker) => {
    expect(attribute(sentence).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });
});
