import { describe, expect, it } from 'vitest';
import { containment, idContainment, shingles, TrigramCoder, tokens } from '@/lib/analysis/duplicates/shingles';
import { IntList } from '@/lib/analysis/duplicates/int-list';
import { WordIds } from '@/lib/analysis/duplicates/word-ids';

const idsOf = (words: WordIds, text: string) => {
  const out = new IntList(4);
  words.read(text, 0, text.length, out);
  return Array.from(out.data.subarray(0, out.length));
};
const codesOf = (coder: TrigramCoder, ids: number[]) => {
  const out = new IntList(4);
  expect(coder.codes(ids, 0, ids.length, out)).toBe(out.length);
  return Array.from(out.data.subarray(0, out.length));
};

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
    const words = new WordIds();
    const lists = SENTENCES.map(tokens);
    const ids = SENTENCES.map((sentence) => idsOf(words, sentence));
    const codes = ids.map((list) => codesOf(coder, list));
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
    const words = new WordIds();
    const first = codesOf(coder, idsOf(words, 'the harbour bridge reopened'));
    const ids = idsOf(words, 'The harbour bridge closed again');
    expect(ids.slice(0, 3)).toEqual([0, 1, 2]);
    const second = codesOf(coder, ids);
    expect(second[0]).toBe(first[0]);
    expect(second.slice(1)).toEqual([2, 3]);
    expect(codesOf(coder, [5, 5, 5, 5, 5])).toEqual([4]);
  });

  it('codes a range of a longer list, after what the list already holds', () => {
    const coder = new TrigramCoder();
    const out = new IntList(2);
    out.push(-7);
    expect(coder.codes([9, 1, 2, 3, 4, 8], 1, 5, out)).toBe(2);
    expect(Array.from(out.data.subarray(0, out.length))).toEqual([-7, 0, 1]);
    expect(codesOf(coder, [1, 2, 3])).toEqual([0]);
  });

  it('gives no codes for lists under three words', () => {
    const coder = new TrigramCoder();
    expect(codesOf(coder, idsOf(new WordIds(), 'harbour bridge'))).toEqual([]);
  });
});
