import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const reported = (r: ReturnType<typeof attribute>) => r.quotes.map((q) => [q.text.replace(/^that /, ''), q.type, q.speaker]);

describe('where a reported clause holding quotations starts', () => {
  it.each([
    // a "that" after an adverbial, right before a quotation
    ['Before the police had spoken, Councillor Abel Strand said at a meeting in Leeds that "a gas leak" had caused the blast.', '"a gas leak" had caused the blast', 'Abel Strand'],
    // a clause opening with a quotation that the sentence goes on after
    ['Mayor Iris Kemp said "simple repairs" and a little patience would fix the bridge.', '"simple repairs" and a little patience would fix the bridge', 'Iris Kemp'],
    // "and perhaps" does not start a second predicate
    ['Coach Tomas Reyes said his side won "every single duel" and perhaps the league should add more games because there is "so much interest."', 'his side won "every single duel" and perhaps the league should add more games because there is "so much interest."', 'Tomas Reyes'],
    // the lead-in's own verb of saying comes before the report
    ['Director Nora Quist said she chose the subject because “few people know about it,” she said.', 'she chose the subject because “few people know about it,”', 'Nora Quist'],
    // a quoted title before the reporter stands apart
    ['On Sunday’s episode of “Face the Town,” Senator Elsa Brandt said she wanted to talk “directly to farmers” and let them know that “help is coming.”', 'she wanted to talk “directly to farmers” and let them know that “help is coming.”', 'Elsa Brandt'],
    // a participle before "that" after a noun: the sentence's subject speaks
    ['Mayor Hugo Lind posted a series of messages on Friday saying that his rival had shown poor judgment by calling the plan “a bold step.”', 'his rival had shown poor judgment by calling the plan “a bold step.”', 'Hugo Lind'],
    // "wondered whether", cut before the adjunct participle
    ['Coach Vera Stone has repeatedly wondered whether the referees will be "fair" to her team, drawing a rebuke from the league.', 'whether the referees will be "fair" to her team', 'Vera Stone'],
    // "blasted X for being “…”": the reason quotes the speaker
    ['In an interview, Governor Ray Ortiz blasted the national press for being “completely dishonest.”', 'the national press for being “completely dishonest.”', 'Ray Ortiz'],
    // a title word after ", says NAME," is an apposition
    ['The answers to the housing crisis are "not meeting the need," says Lila Grant, founder and director of a tenants group.', 'The answers to the housing crisis are "not meeting the need,"', 'Lila Grant'],
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });
});

describe('a thought without a quotation is not reported speech', () => {
  it.each([
    ['But the analyst wonders when the price cuts will reach every store in the region.'],
  ])('%s', (sentence) => {
    expect(attribute(sentence).quotes).toEqual([]);
  });
});
