import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (r: ReturnType<typeof attribute>) => r.quotes.filter((q) => q.type === 'indirect').map((q) => [q.text.replace(/^that /, ''), q.speaker]);

describe('verbs that double their last consonant ("admitted", "slammed")', () => {
  it.each([
    ['Senator Ruth Okafor admitted that the vote count had been wrong.', 'the vote count had been wrong', 'Ruth Okafor'],
    ['Coach Dale Brennan later admitted the team had not trained enough.', 'the team had not trained enough', 'Dale Brennan'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });
});

describe('an outlet whose name ends in a verb form ("The Post") as the person told', () => {
  it.each([
    ['Mayor Lena Ortiz told The Post that the port would hire 500 workers.', 'the port would hire 500 workers', 'Lena Ortiz'],
    ['Mayor Lena Ortiz told The Denver Post that the port would hire 500 workers.', 'the port would hire 500 workers', 'Lena Ortiz'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });
});

describe('a subject carrying a relative, a participle, a place or an aside before its verb', () => {
  it.each([
    ['The county officials whose budgets have been cut say the clinics will close in May.', 'the clinics will close in May', 'county officials'],
    ['Farmers opposing the new pipeline through the northern half of the valley say the water table has already dropped.', 'the water table has already dropped', 'Farmers'],
    ['Transit planners in Portland, for instance, noted that ridership had doubled since 2019.', 'ridership had doubled since 2019', 'Transit planners'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it.each([
    // the relative's own subject reports: not the head noun's words
    ['The plan that the mayor described was never put to a vote by the council.'],
  ])('reports nothing for the head of %s', (sentence) => {
    expect(indirect(attribute(sentence)).filter(([, s]) => s === 'plan')).toEqual([]);
  });
});

describe('a source in an "as" clause of saying vouches for the rest of the sentence', () => {
  it.each([
    ['As The Denver Post reported, the district had closed three schools since 2015.', 'the district had closed three schools since 2015', 'Denver Post'],
    ['But as Councillor Ravi Menon noted, the budget has no room for new hires.', 'the budget has no room for new hires', 'Ravi Menon'],
    ['The district had closed three schools since 2015, as The Denver Post previously reported.', 'The district had closed three schools since 2015', 'Denver Post'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it.each([
    ['As the storm moved north, the district closed three schools.'],
    ['As expected, the district closed three schools on Monday.'],
  ])('reports nothing for %s', (sentence) => {
    expect(indirect(attribute(sentence))).toEqual([]);
  });
});

describe('"reported" closing the sentence names the outlet', () => {
  it.each([
    ['The district had closed three schools since 2015, the Denver Post reported.', 'The district had closed three schools since 2015', 'Denver Post'],
    ['The mine will shut down in June, the Associated Press reported Friday.', 'The mine will shut down in June', 'Associated Press'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it('not the words before it when the verb goes on', () => {
    const found = indirect(attribute('The district closed three schools, officials reported finding mold in all of them.'));
    expect(found.filter(([text]) => text?.includes('three schools'))).toEqual([]);
  });
});
