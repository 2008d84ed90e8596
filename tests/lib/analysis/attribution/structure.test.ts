import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('quotations shaped by the paragraph structure', () => {
  it('takes a paragraph without marks after "X added:" as the quotation', () => {
    const r = attribute('Council leader Rosa Lind met the press on Monday. She added:', 'The budget is final. We will not reopen it before the summer.');
    const q = r.quotes.find((x) => x.text.startsWith('The budget is final'));
    expect(q?.speaker).toBe('Rosa Lind');
    expect(q?.type).toBe('direct');
  });

  it('reports the clause after ", adding that" with the speaker of the quotation', () => {
    const r = attribute('“The road stays closed,” said Chief Engineer Tomas Vik, adding that repairs would take until March.');
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker])).toEqual([
      ['The road stays closed,', 'direct', 'Tomas Vik'],
      ['repairs would take until March', 'indirect', 'Tomas Vik'],
    ]);
  });

  // the added clause takes in the quotation that ends it (one quote, not the clause and its quotation);
  // a quotation right after ", adding," is the added words themselves
  it.each([
    ['“He stands for the middle class,” Anderson said, adding that Sanders is “the most trustworthy of the candidates.”', ['He stands for the middle class,', 'Sanders is “the most trustworthy of the candidates.”']],
    ['“We have started all those talks,” Paul Manafort said, adding, “He cares about the united team.”', ['We have started all those talks,', 'He cares about the united team.']],
    ['“It is a crisis,” Hillary Clinton said in Flint on Sunday, adding, “If the kids in a rich suburb had been drinking this water, there would have been action.”', ['It is a crisis,', 'If the kids in a rich suburb had been drinking this water, there would have been action.']],
  ])('%s', (sentence, expected) => {
    expect(attribute(sentence).quotes.map((q) => q.text.replace(/^“(.*)”$/, '$1'))).toEqual(expected);
  });

  it('reads an inverted attribution before a colon', () => {
    const r = attribute('Said Beatrix Moll: “Nobody expected the vote to pass.”');
    expect(speakerOf(r, 'Nobody expected')).toBe('Beatrix Moll');
  });

  it('gives a quotation that follows ", X said." in the same paragraph to X', () => {
    const r = attribute('The harbour will reopen in spring, the port director, Jens Aalto, said. “We need three more months of dredging.”');
    expect(speakerOf(r, 'three more months')).toBe('Jens Aalto');
  });

  it('reports both sides of a parenthetical attribution when the first is the subject', () => {
    const r = attribute('The new bridge, the mayor said, would carry twice the traffic of the old one.');
    expect(r.quotes.map((q) => q.text)).toEqual(['The new bridge', 'would carry twice the traffic of the old one']);
  });

  it('leaves out an adverbial before a parenthetical attribution', () => {
    const r = attribute('For most of the winter, officials said, the shelters were full every night.');
    expect(r.quotes.map((q) => q.text)).toEqual(['the shelters were full every night']);
  });

  it('cuts a reported clause before a second verb of saying and keeps both', () => {
    const r = attribute('Governor Ellen Marsh told farmers that the drought aid was approved and said payments would start in April.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['that the drought aid was approved', 'Ellen Marsh'],
      ['payments would start in April', 'Ellen Marsh'],
    ]);
  });
});

describe('short quotations and added clauses', () => {
  it.each([
    [['“Does anyone still read the minutes?” the chairwoman, Olga Berg, asked. “Nobody does.”'], 'Nobody does.', 'Olga Berg'],
    [['“We are ready,” coach Amir Dahl said. “Really ready.”'], 'Really ready.', 'Amir Dahl'],
  ])('keeps a short quotation that stands as its own sentence: %j', (paragraphs, fragment, speaker) => {
    expect(speakerOf(attribute(...paragraphs), fragment)).toBe(speaker);
  });

  it('leaves a short quoted term inside a sentence', () => {
    const r = attribute('“We are ready,” coach Amir Dahl said. The team plays with a “wall” of five defenders.');
    expect(r.quotes.map((q) => q.text)).toEqual(['We are ready,']);
  });

  it('reports an added clause holding a quotation as one clause', () => {
    const r = attribute('“There is no link to the strike,” the fire chief, Ruth Ames, said, adding that it would take “several days” to find the cause.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['There is no link to the strike,', 'Ruth Ames'],
      ['it would take “several days” to find the cause', 'Ruth Ames'],
    ]);
  });
});
