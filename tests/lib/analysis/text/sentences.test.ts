import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/analysis/text/sentences';
import { lexiconFor } from '@/lib/analysis/lexicon';

const lex = lexiconFor('en');
const split = (text: string, protectedSpans: { start: number; end: number }[] = []) =>
  splitSentences(text, 0, text.length, {
    abbreviations: lex.abbreviations,
    sentenceStarters: lex.nonNameCapitals,
    protectedSpans,
    speechWords: new Set(['said', 'says', 'asked', 'added']),
  }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Mr. Jones arrived late. He left early.', ['Mr. Jones arrived late.', 'He left early.']],
    ['Gen. Ortiz spoke first. The minister followed.', ['Gen. Ortiz spoke first.', 'The minister followed.']],
    ['The U.S. Navy sent two ships. They arrived on Monday.', ['The U.S. Navy sent two ships.', 'They arrived on Monday.']],
    ['She moved to Washington, D.C. in May. It rained.', ['She moved to Washington, D.C. in May.', 'It rained.']],
    ['The letter was signed by J. R. Tolland. Nobody replied.', ['The letter was signed by J. R. Tolland.', 'Nobody replied.']],
    ['“Where were you?” she asked. He shrugged.', ['“Where were you?” she asked.', 'He shrugged.']],
    ['“Is this the end?” Marlow said. Nobody answered.', ['“Is this the end?” Marlow said.', 'Nobody answered.']],
    ['Prices rose in the U.S. The index fell in Europe.', ['Prices rose in the U.S.', 'The index fell in Europe.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('never cuts inside a protected quotation', () => {
    const text = 'He said: “We came. We saw. We left.” Then he sat down.';
    const open = text.indexOf('“');
    const close = text.indexOf('”') + 1;
    expect(split(text, [{ start: open, end: close }])).toEqual(['He said: “We came. We saw. We left.”', 'Then he sat down.']);
  });

  it('returns nothing for blank text', () => {
    expect(split('   ')).toEqual([]);
  });
});
