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
  it.each([['a roomy table', undefined], ['a table that must grow', 4]])('codes in %s match the string trigrams', (_, capacity) => {
    const coder = new TrigramCoder(capacity);
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

  it('reads new words after coding has begun, and codes each trigram once', () => {
    const coder = new TrigramCoder(4);
    const first = coder.codes(coder.ids(['the', 'harbour', 'bridge', 'reopened']));
    const ids = coder.ids(['the', 'harbour', 'bridge', 'closed', 'again']);
    expect(ids.slice(0, 3)).toEqual([0, 1, 2]);
    const second = coder.codes(ids);
    expect(second[0]).toBe(first[0]);
    expect(second.slice(1)).toEqual([2, 3]);
    expect(coder.codes([5, 5, 5, 5, 5])).toEqual([4]);
  });

  it('gives no codes for lists under three words', () => {
    const coder = new TrigramCoder();
    expect(coder.codes(coder.ids(['harbour', 'bridge'])).length).toBe(0);
  });
});
