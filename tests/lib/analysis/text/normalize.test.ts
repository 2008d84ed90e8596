import { describe, expect, it } from 'vitest';
import { prepareText, spanToOriginal } from '@/lib/analysis/text/normalize';

describe('prepareText', () => {
  it.each([
    ['Pe\u00ADskov said', 'Peskov said', 'said', 8],
    ['a\u200Bb\u200Bc word', 'abc word', 'word', 6],
    ['\uFEFFStart here', 'Start here', 'here', 7],
  ])('removes invisible characters in %j and maps offsets back', (original, prepared, word, originalIndex) => {
    const p = prepareText(original);
    expect(p.text).toBe(prepared);
    const at = p.text.indexOf(word);
    expect(p.toOriginal(at)).toBe(originalIndex);
    expect(original.slice(p.toOriginal(at), p.toOriginal(at) + word.length)).toBe(word);
  });

  it.each([
    ['Mr.\u00A0Smith', 'Mr. Smith'],
    ['10\u202F000 people', '10 000 people'],
  ])('turns non-breaking spaces in %j into spaces without moving offsets', (original, prepared) => {
    const p = prepareText(original);
    expect(p.text).toBe(prepared);
    expect(p.toOriginal(5)).toBe(5);
    expect(p.fromOriginal(5)).toBe(5);
  });

  it('maps a span that ends after a removed character', () => {
    const original = 'The spokes\u00ADwoman said';
    const p = prepareText(original);
    const start = p.text.indexOf('spokeswoman');
    const span = spanToOriginal(p, start, start + 'spokeswoman'.length);
    expect(original.slice(span.start, span.end)).toBe('spokes\u00ADwoman');
    expect(p.fromOriginal(original.indexOf('said'))).toBe(p.text.indexOf('said'));
  });
});
