import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

const reported = (r: ReturnType<typeof attribute>) => r.quotes.map((q) => [q.text.replace(/^that /, ''), q.type, q.speaker]);

describe("the writer's aside after a comma ends a reported clause", () => {
  it.each([
    ['The Budget Office estimates that rents will rise by 4 percent next year, while wages would barely move.', 'rents will rise by 4 percent next year', 'Budget Office'],
    ['Engineer Pia Lund said the tunnel was the longest yet, although it may take weeks to confirm its length.', 'the tunnel was the longest yet', 'Pia Lund'],
    ['Minister Olaf Berg said the plan was fair, though critics have called it “a giveaway” to landlords.', 'the plan was fair, though critics have called it “a giveaway” to landlords', 'Olaf Berg'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });
});

describe('"states", "State" and other verb forms read as nouns', () => {
  it.each([
    ['Twenty-seven states led by Texas are challenging the rules before ten judges.'],
    ['The interests of member states trump everything else at the council.'],
    ['Most states have passed the deadline to change the names on their ballots.'],
    ['Brazil and its closest partner, the United States, are members of the trade council.'],
    ['The senator sat beside Ada Lowe, the former secretary of state, and the Rev. Tom Ames sat nearby.'],
    // a bare verb form after a lower-case word is a noun
    ['Now the firm is buying up small farms in the valley, for the same reason.'],
  ])('no report in %s', (sentence) => {
    expect(attribute(sentence).quotes).toEqual([]);
  });

  it('"states that" is still a report', () => {
    expect(reported(attribute('The new contract states that every driver gets a paid break each day.'))).toEqual([
      ['every driver gets a paid break each day', 'indirect', expect.any(String)],
    ]);
  });
});

describe('verbs that take a noun phrase, not a reported clause', () => {
  it.each([
    ['The governor continues his praise of the new stadium.'],
    ['The agency has signaled willingness to change the rules.'],
    ['The senator demands accountability from the board.'],
    ['Senator Ana Roth said Thursday morning on a local radio show.'],
    ['Tim Morrison, a former official, testified side-by-side before the House Intelligence Committee Tuesday about the inquiry.'],
    ['Clinton testified voluntarily in 1998 about the matter.'],
    ['President Yoon declared martial law around 10:30 p.m. on Tuesday.'],
  ])('no report in %s', (sentence) => {
    expect(attribute(sentence).quotes).toEqual([]);
  });

  it.each([
    ['The agency has signaled that it will change the rules next year.', 'it will change the rules next year', 'agency'],
    ['Governor Ann Lowe declared the election was stolen from her party.', 'the election was stolen from her party', 'Ann Lowe'],
    // a time word followed by a comma still opens the report
    ['Mayor Lea Brun said yesterday, the budget is still short by two million.', 'yesterday, the budget is still short by two million', 'Lea Brun'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });
});

describe('a reporter between commas introducing a quotation of their own ends the clause before them', () => {
  it('the quotation opening in upper case is the new reporter’s', () => {
    const r = attribute('After the radio host Ed Lamb asked the author who he thought would win the race, Tara Singh replied, “If I had to bet now, I would bet on the mayor.”');
    expect(speakerOf(r, 'I would bet on the mayor')).toBe('Tara Singh');
    expect(r.quotes.find((q) => q.text.includes('I would bet'))?.type).toBe('direct');
  });

  it('one opening in lower case goes on with the clause around the incise', () => {
    const r = attribute('In a memo released on Tuesday, campaign manager Rob Hale acknowledged the two rivals had split the first two contests, which is an outcome, he said, “we have long expected.”');
    expect(speakerOf(r, 'we have long expected')).toBe('Rob Hale');
  });
});
