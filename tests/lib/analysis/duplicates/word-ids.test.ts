import { describe, expect, it } from 'vitest';
import { tokens } from '@/lib/analysis/duplicates/shingles';
import { isWordCode } from '@/lib/analysis/boilerplate/char-classes';
import { IntList } from '@/lib/analysis/duplicates/int-list';
import { IN_PLACE_LETTERS, inPlace } from '@/lib/analysis/duplicates/in-place';
import { WordIds } from '@/lib/analysis/duplicates/word-ids';

/** The ids `read` appends for text[start, end). */
const idsOf = (words: WordIds, text: string, start = 0, end = text.length) => {
  const out = new IntList(2);
  out.push(-1);
  const count = words.read(text, start, end, out);
  expect(count).toBe(out.length - 1);
  return Array.from(out.data.subarray(1, out.length));
};

// Sentences whose words `tokens` reads in every way: ASCII capitals, NFKC forms, non-ASCII capitals,
// letters that lower-case to two characters, digits, scripts, astral characters (not letters here).
const SENTENCES = [
  'The council voted on Monday to close the old harbour bridge.',
  'THE COUNCIL voted, the Council said; the council-voted bridge!',
  'Ｔｈｅ ＮＨＳ budget is the NHS budget',
  'Zoë Ortiz, 42, left ZOË ORTIZ at 42.',
  'İstanbul and ISTANBUL and istanbul',
  '“We’re not done,” she said. Émile ÉMILE émile',
  'Москва МОСКВА москва 東京 東京',
  'emoji 😀 between 😀words and 𝐀𝐁 maths',
  'Straße STRASSE ﬁnance finance',
];

describe('WordIds', () => {
  it('gives equal ids exactly to equal tokens, and the token behind each id', () => {
    const words = new WordIds();
    const byWord = new Map<string, number>();
    for (const sentence of SENTENCES) {
      const expected = tokens(sentence);
      const ids = idsOf(words, sentence);
      expect(ids.map((id) => words.wordOf(id))).toEqual(expected);
      expected.forEach((word, k) => {
        if (!byWord.has(word)) byWord.set(word, ids[k]);
        expect(ids[k]).toBe(byWord.get(word));
      });
    }
    expect(words.size).toBe(byWord.size);
    expect(new Set(byWord.values()).size).toBe(byWord.size);
  });

  it('reads a range of a longer text in place', () => {
    const words = new WordIds();
    const text = 'Before. The Harbour bridge closed. After.';
    const ids = idsOf(words, text, 8, 34);
    expect(ids.map((id) => words.wordOf(id))).toEqual(['the', 'harbour', 'bridge', 'closed']);
    expect(idsOf(words, 'the harbour BRIDGE closed')).toEqual(ids);
    expect(idsOf(words, 'Ünder the harbour bridge', 6, 24)).toEqual(ids.slice(0, 3));
  });

  it('keeps ids exact as its table grows past thousands of words', () => {
    const words = new WordIds();
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const ids = idsOf(words, many);
    expect(new Set(ids).size).toBe(5000);
    expect(idsOf(words, many.toUpperCase())).toEqual(ids);
    expect(words.wordOf(ids[4321])).toBe(`w${(4321).toString(36)}`);
  });

  it('keeps words longer than its buffers', () => {
    const words = new WordIds();
    const long = 'x'.repeat(70000);
    const [id] = idsOf(words, `the ${long} the`).slice(1, 2);
    expect(words.wordOf(id)).toBe(long);
    expect(idsOf(words, long.toUpperCase())).toEqual([id]);
  });
});

describe('inPlace', () => {
  // Every character read in place must read as NFKC plus lower case would give it, whatever surrounds it.
  it('agrees with tokens on every character it reads in place', () => {
    for (let c = 0; c < 0x10000; c++) {
      const code = inPlace(c);
      if (code < 0) continue;
      const ch = String.fromCharCode(c);
      if (isWordCode(code)) expect(ch.normalize('NFKC').toLowerCase()).toBe(String.fromCharCode(code));
      else expect(tokens(`ab${ch}cd`)).toEqual(['ab', 'cd']);
    }
  });

  it('is looked up as IN_PLACE_LETTERS: the letter, 0 for a non-word, -1 to fold', () => {
    for (let c = 0; c < IN_PLACE_LETTERS.length; c++) {
      const code = inPlace(c);
      expect(IN_PLACE_LETTERS[c]).toBe(code < 0 ? -1 : isWordCode(code) ? code : 0);
    }
    expect(inPlace(IN_PLACE_LETTERS.length)).toBe(-1);
  });
});
