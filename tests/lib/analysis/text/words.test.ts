import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, isSpaceCode, letterDigitRuns } from '@/lib/analysis/text/words';

describe('isSpaceCode', () => {
  // Every BMP character: the same answer as the regex \s.
  it('agrees with \\s on every character of the basic plane', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('countWords', () => {
  it.each([
    ['The ferry left at dawn.', 5],
    ['  Photo:\tJane Roe / Reuters  ', 5],
    ['Prime\u00a0Minister spoke', 3],
    ['Zoë  Ortiz\u2009reported\u3000from Tōkyō', 5],
    ['', 0],
    [' \n\t ', 0],
    ['one', 1],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });
});

describe('letterDigitRuns', () => {
  const byRegex = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

  it.each([
    ['“In general, the cocaine is amazing,” says Caudevilla.'],
    ['they’ve 85 percent — 2014/15'],
    ['Zoë Ortiz in Tōkyō, Ελλάδα, Москва, 東京, ٣٤'],
    ['math 𝐀𝐁 and emoji 😀x and a lone \ud83d surrogate'],
    [''],
  ])('%j as the regex reads it', (text) => {
    expect(letterDigitRuns(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
      expect(letterDigitRuns(text)).toEqual(byRegex(text));
    }));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(letterDigitRuns(text)).toEqual(byRegex(text));
    }));
  });
});
