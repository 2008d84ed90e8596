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
  ])('%s', (sentence, clause, speaker) => {
    expect(reported(attribute(sentence))).toEqual([[clause, 'indirect', speaker]]);
  });
});
