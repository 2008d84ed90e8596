import { describe, expect, it } from 'vitest';
import { containment, idContainment, shingles, TrigramCoder, tokens } from '@/lib/analysis/duplicates/shingles';

const SENTENCES = [
  'The council voted on Monday to close the old harbour bridge.',
  'On Monday the council voted to close the old harbour bridge for good.',
  'The harbour bridge will close, the council said on Monday.',
  'Ｔｈｅ council voted on Monday to close the old harbour bridge.',
  'Le conseil a voté lundi la fermeture du vieux pont du port.',
  'the the the the the the',
];

describe('tokens', () => {
  it.each([
    ['“We’re not done,” she said.', ['we', 're', 'not', 'done', 'she', 'said']],
    ['Ｔｈｅ ＮＨＳ budget', ['the', 'nhs', 'budget']],
    ['Zoë Ortiz, 42, left.', ['zoë', 'ortiz', '42', 'left']],
  ])('%s', (text, words) => expect(tokens(text)).toEqual(words));
});

describe('TrigramCoder', () => {
  // Codes must agree with the string trigrams: same code exactly when same three words.
  it.each([['base-V codes', undefined], ['pair codes', 0]])('%s match the string trigrams', (_, direct) => {
    const coder = new TrigramCoder(direct);
    const lists = SENTENCES.map(tokens);
    const ids = lists.map((words) => coder.ids(words));
    const codes = ids.map((list) => coder.codes(list));
    for (let a = 0; a < lists.length; a++) {
      const strings = shingles(lists[a]);
      expect(codes[a].length).toBe(strings.size);
      expect(new Set(codes[a]).size).toBe(codes[a].length);
      for (const id of codes[a]) expect(id).toBeLessThan(coder.size);
      for (let b = 0; b < lists.length; b++) {
        expect(idContainment(codes[a], codes[b])).toBe(containment(strings, shingles(lists[b])));
      }
    }
  });

  it('refuses a new word once coding has begun', () => {
    const coder = new TrigramCoder();
    coder.codes(coder.ids(['a', 'b', 'c']));
    expect(() => coder.ids(['a', 'b', 'd'])).toThrow();
    expect(coder.ids(['c', 'b', 'a'])).toEqual([2, 1, 0]);
  });

  it('gives no codes for lists under three words', () => {
    const coder = new TrigramCoder();
    expect(coder.codes(coder.ids(['harbour', 'bridge'])).length).toBe(0);
  });
});
