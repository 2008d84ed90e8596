import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a sentence opened by a quotation: the words after its verb say where and how, not what', () => {
  it.each([
    ['“I don’t think it’s do or die,” Senator Lee Zeldin said outside the building.', 'I don’t think it’s do or die,'],
    ['“I cannot believe how civil it’s been up here,” Donald Trump said 30 minutes into the debate.', 'I cannot believe how civil it’s been up here,'],
    ['“It is a very sad development,” Ted Cruz told reporters outside a restaurant in Milwaukee.', 'It is a very sad development,'],
    ['“I’m supporting Tom Selleck,” Pat Miller said and quickly hung up.', 'I’m supporting Tom Selleck,'],
    ['“That’s a fact,” Corey Lewandowski said without further comment.', 'That’s a fact,'],
  ])('%s', (sentence, quote) => {
    expect(attribute(sentence).quotes.map((q) => q.text)).toEqual([quote]);
  });

  // a report of its own after the quotation's cue stays
  it.each([
    ['“We show anger,” said Chris Harvey, who acknowledged Trump was his fourth choice for nominee.', 'Trump was his fourth choice for nominee'],
    ['“Absolutely,” Bernie Sanders said when asked by a reporter if that remains his view.', 'when asked by a reporter if that remains his view'],
  ])('%s', (sentence, clause) => {
    expect(attribute(sentence).quotes.map((q) => q.text)).toContain(clause);
  });
});
