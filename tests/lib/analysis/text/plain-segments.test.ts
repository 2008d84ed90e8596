import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainSentenceStarts } from '@/lib/analysis/text/plain-segments';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const bySegmenter = (text: string) => [...segmenter.segment(text)].map((s) => s.index);

describe('plainSentenceStarts', () => {
  it.each([
    ['The ferry left at dawn. It returned at noon.', [0, 24]],
    ['Prices rose 3.5 percent in the U.S. Army towns.', [0, 36]],
    ['“Where were you?” she asked. He shrugged.', [0, 18, 29]],
    ['Mr. Smith (the mayor.) Left early! Then: nothing.', [0, 4, 23, 35]],
    ['etc. and so on', [0]],
    ['', []],
  ])('%j', (text, starts) => {
    expect(plainSentenceStarts(text)).toEqual(starts);
    expect(bySegmenter(text)).toEqual(starts);
  });

  it.each(['Line one\nLine two', 'Wait\u2024 what', 'Прогноз. Погода', 'Tab\there. Yes'])('leaves %j to the segmenter', (text) => {
    expect(plainSentenceStarts(text)).toBeNull();
  });

  // Every character class the scan knows, in every order: the segmenter's answer, or none.
  const chars = ['a', 'z', 'B', 'É', 'ß', 'é', '7', ' ', '\u00a0', '.', '?', '!', '"', "'", '(', ')', '[', ']', '{', '}', '«', '»', '‘', '’', '“', '”', ',', '-', ':', ';', '–', '—', '#', '$', '%', '&', '*', '/', '@', '_', '×', '÷', '…', 'ā', 'Ł', 'ł', 'ř', 'Ř', 'ĸ', 'ŉ', 'ſ', 'Ÿ', 'ž', '\u2024', '\n'];
  it('answers as Intl.Segmenter does on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (a) => {
        const text = a.join('');
        const starts = plainSentenceStarts(text);
        if (starts) expect(starts).toEqual(bySegmenter(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('answers as Intl.Segmenter does on sentence-like text', () => {
    const words = ['The', 'he', 'U', 'S', 'a', '3', 'Mr', 'etc', 'É', 'é', 'Łódź', 'ł', 'Ā', 'ŉ'];
    const marks = ['.', '?', '!', '…', '… ', '. ', '.” ', '?’ ', '.) ', ' ', ' ', ', ', ' — ', '. "', '! (', '.\u00a0', ': ', '.. ', '.”) '];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...marks)), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, m]) => w + m).join('');
        expect(plainSentenceStarts(text)).toEqual(bySegmenter(text));
      }),
      { numRuns: 20000 },
    );
  });
});
