import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const indirect = (r: ReturnType<typeof attribute>) => r.quotes.filter((q) => q.type === 'indirect').map((q) => [q.text.replace(/^that /, ''), q.speaker]);

describe('reported speech the noun-phrase reader cannot parse on its own', () => {
  it.each([
    ['Specialists on coastal erosion and flood defence said the new barrier would last thirty years.', 'the new barrier would last thirty years', 'Specialists on coastal erosion and flood defence'],
    ['People close to the coach say he will stay for another season.', 'he will stay for another season', 'People close to the coach'],
    ['Another 12 percent said they had not decided how to vote.', 'they had not decided how to vote', '12 percent'],
    ['In a separate poll, most of the nurses interviewed said staffing had become worse.', 'staffing had become worse', 'most of the nurses interviewed'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });
});

describe('reported clauses after an adverbial or a negative', () => {
  it.each([
    ['Mayor Lena Ortiz said at a rally in Tacoma, Washington, that the port would hire 500 workers.', 'the port would hire 500 workers', 'Lena Ortiz'],
    ['Councillor Ravi Menon said during a long hearing on Tuesday evening that the budget was balanced.', 'the budget was balanced', 'Ravi Menon'],
    ['A lawyer for the family, Dana Whitfield, said no decision had been made about an appeal.', 'no decision had been made about an appeal', 'Dana Whitfield'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it.each([
    ['The mayor said no to the proposal.'],
    ['The mayor said in a letter to residents, which was posted online, that.'],
    ['The teacher said at the meeting to stay calm.'],
  ])('reports nothing for %s', (sentence) => {
    expect(indirect(attribute(sentence))).toEqual([]);
  });
});

describe('a quotation inside a longer reported clause', () => {
  it.each([
    ['Health officials said the new clinic was “a lifeline for the whole valley” for families without cars.', 'the new clinic was “a lifeline for the whole valley” for families without cars'],
    ['Chief Inspector Maya Lund said on Friday that the force “takes every report seriously” and would review how the call was handled.', 'that the force “takes every report seriously” and would review how the call was handled'],
  ])('reports the clause: %s', (sentence, clause) => {
    expect(attribute(sentence).quotes.map((q) => [q.text, q.type])).toEqual([[clause, 'indirect']]);
  });
});

describe('participle clauses and told-objects', () => {
  it.each([
    ['Governor Alma Reyes vetoed the bill on Friday, saying it would cost the state too much.', 'it would cost the state too much', 'Alma Reyes'],
    ['The union rejected the offer, arguing that wages had not kept pace with rents.', 'wages had not kept pace with rents', 'union'],
    ['Councillor Ben Ode ended the debate by insisting the vote was valid and signed the order.', 'the vote was valid', 'Ben Ode'],
    ['The river will crest on Sunday, Mayor Ida Kern told a local radio station on Thursday.', 'The river will crest on Sunday', 'Ida Kern'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it.each([
    ['The chain cut prices last week while maintaining its image for quality and freshness.'],
    ['She closed the meeting, thanking the volunteers for their long hours.'],
  ])('reports nothing for %s', (sentence) => {
    expect(indirect(attribute(sentence))).toEqual([]);
  });
});

describe('sources after "according to" and continued reports', () => {
  it.each([
    ['According to early exit polls, turnout among young voters rose sharply.', 'turnout among young voters rose sharply', 'early exit polls'],
    ['As host of “Morning Market,” the chef trained dozens of cooks, according to former colleagues.', 'As host of “Morning Market,” the chef trained dozens of cooks', 'former colleagues'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it.each([
    ['The harvest fell by a third this year, farmer Lise Brandt said, since the spring was too wet to plant.', ['The harvest fell by a third this year', 'since the spring was too wet to plant']],
    ['Exports rose by four percent, the ministry said in its monthly report, and imports were flat.', ['Exports rose by four percent', 'imports were flat']],
  ])('reports both sides: %s', (sentence, clauses) => {
    expect(indirect(attribute(sentence)).map(([t]) => t)).toEqual(clauses);
  });
});

describe('a second predicate after "and" ends the reported clause', () => {
  it.each([
    ['Minister Tariq Sen said on Tuesday that Norway “honours the agreement” and expects the talks to resume in spring.', 'that Norway “honours the agreement”'],
    ['The spokesman said the airline “regrets the delay” and offered the passengers a refund.', 'the airline “regrets the delay”'],
  ])('%s', (sentence, clause) => {
    expect(attribute(sentence).quotes.map((q) => q.text)).toEqual([clause]);
  });
});

describe('naming verbs with "as"', () => {
  it.each([
    ['Senator Nia Park described the new tariff as a tax on every family.', 'the new tariff as a tax on every family', 'Nia Park'],
    ['The union dismissed the offer as an insult to its members, and walked out.', 'the offer as an insult to its members', 'union'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it.each([
    ['The chain praised its staff as part of a wider campaign.'],
    ['The plan was described as a failure by critics.'],
  ])('reports nothing for %s', (sentence) => {
    expect(indirect(attribute(sentence))).toEqual([]);
  });
});

describe('questions and requests after "asked"', () => {
  it.each([
    ['Council member Joy Adeyemi asked whether the contract had been put out to tender.', 'whether the contract had been put out to tender', 'Joy Adeyemi'],
    ['The judge asked both lawyers to submit their final arguments by Monday.', 'to submit their final arguments by Monday', 'judge'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });

  it.each([
    ['When asked whether he would run again, the senator smiled.'],
    ['The mayor was asked to resign by the council.'],
  ])('reports nothing for %s', (sentence) => {
    expect(indirect(attribute(sentence))).toEqual([]);
  });
});

describe('an "and" inside a quotation does not end the reported clause', () => {
  it('keeps the clause whole', () => {
    const r = attribute('Campaign director Lea Moss said the governor was reduced to “threats and insults” because he could not defend his record.');
    expect(r.quotes.map((q) => q.text)).toEqual(['the governor was reduced to “threats and insults” because he could not defend his record']);
  });
});

describe('calls for and coordinated predicates with auxiliaries', () => {
  it.each([
    ['Ward manager Rosa Eze called for more beds in a letter to the board.', 'more beds in a letter to the board', 'Rosa Eze'],
    ['Senator Pia Lund opposed the merger, and has since called for breaking up the two largest banks.', 'breaking up the two largest banks', 'Pia Lund'],
  ])('%s', (sentence, clause, speaker) => {
    expect(indirect(attribute(sentence))).toEqual([[clause, speaker]]);
  });
});

describe('clause limits for quotations inside reported clauses', () => {
  it.each([
    ['On Monday, Mayor Kofi Mensah told a crowd in the square that he was “furious” about the closure.', 'that he was “furious” about the closure'],
    ['The ministry has confirmed that it remains in talks with the company, citing “binding commitments” made last year.', 'binding commitments'],
  ])('%s', (sentence, text) => {
    expect(attribute(sentence).quotes.map((q) => q.text)).toEqual([text]);
  });

  it('reads past the person told in a parenthetical attribution', () => {
    const r = attribute('The real problem, Inspector Ola Berg told me on Friday, is that nobody checks the permits.');
    expect(indirect(r).map(([t]) => t)).toContain('is that nobody checks the permits');
  });
});

describe('the reporter speaks for a reported clause holding another speaker', () => {
  it('keeps the speaker of the clause, not the person inside it', () => {
    const r = attribute('Union leader Marta Silva said on Friday that the minister once described the strike as “a gift to our rivals” during a debate in parliament.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Marta Silva']);
  });
});
