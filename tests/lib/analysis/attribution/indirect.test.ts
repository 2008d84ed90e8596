import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('indirect speech', () => {
  it.each([
    ['Finance Minister Carla Ruiz said that inflation would fall below three percent next year.', 'inflation would fall below three percent next year', 'Carla Ruiz'],
    ['Teachers at the school say the new timetable leaves no room for lunch.', 'the new timetable leaves no room for lunch', 'Teachers at the school'],
    ['The storm destroyed more than 400 homes, the regional governor said.', 'The storm destroyed more than 400 homes', 'regional governor'],
    ['According to the fire brigade, the blaze started in a kitchen on the third floor.', 'the blaze started in a kitchen on the third floor', 'fire brigade'],
    ['Senator Mira Holt warned that the deal would collapse without new funding.', 'the deal would collapse without new funding', 'Mira Holt'],
    ['Ticket sales rose by a fifth, organisers said on Sunday.', 'Ticket sales rose by a fifth', 'organisers'],
    // after an apposition the verb's clause is no inverted subject ("said the decision …")
    ['Craig Minassian, a spokesman for the foundation, said the decision to forgo foreign money had nothing to do with the emails.', 'the decision to forgo foreign money had nothing to do with the emails', 'Craig Minassian'],
    ['By contrast, Daniel Hamermesh, a labor economist at the institute, predicted that base wages would fall over time.', 'base wages would fall over time', 'Daniel Hamermesh'],
  ])('%s', (sentence, clause, speaker) => {
    const q = attribute(sentence).quotes.find((x) => x.type === 'indirect');
    expect(q?.text.replace(/^that /, '')).toBe(clause);
    expect(q?.speaker).toBe(speaker);
  });

  it.each([
    ['The report claimed that the factory had broken the rules.'],
    ['He said nothing.'],
    ['The statement was issued late on Friday.'],
  ])('no reported speech from documents or empty cues: %s', (sentence) => {
    expect(attribute(sentence).quotes.filter((q) => q.type === 'indirect')).toEqual([]);
  });

  it('reports a long clause holding a one-word quotation as the clause (mixed speech)', () => {
    const r = attribute('Prime Minister Jonas Berg said on Monday that the country stands “firm” and that talks with its neighbours should resume under the border treaty signed in the capital last year.');
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker])).toEqual([
      ['that the country stands “firm” and that talks with its neighbours should resume under the border treaty signed in the capital last year', 'indirect', 'Jonas Berg'],
    ]);
  });

  it('reports a clause that a quotation closes as one reported clause', () => {
    const r = attribute('Opposition leader Farid Haddad said the new budget was “a gift to the banks.”');
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker])).toEqual([['the new budget was “a gift to the banks.”', 'indirect', 'Farid Haddad']]);
  });
});

describe('"A, he said, B": both stretches are the speaker’s', () => {
  it.each([
    // B opens with its own subject
    ['The bridge will stay shut until spring, Lee said, the repairs having taken longer than planned.', ['The bridge will stay shut until spring', 'the repairs having taken longer than planned']],
    // B is the predicate A's subject goes on with
    ['Her countrymen, Lee said, should not listen to those who spread hate.', ['Her countrymen', 'should not listen to those who spread hate']],
    // an adverbial opening A is the writer's framing, not the speaker's words
    ['For days after a storm, Lee said, the crews cannot reach the valley.', ['the crews cannot reach the valley']],
  ])('%s', (sentence, parts) => {
    const r = attribute('Mayor Ann Lee spoke on Monday.', sentence);
    expect(r.quotes.map((q) => q.text)).toEqual(parts);
    expect(r.quotes.every((q) => q.speaker === 'Ann Lee')).toBe(true);
  });
});
