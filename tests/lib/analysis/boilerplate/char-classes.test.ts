import { describe, expect, it } from 'vitest';
import { CODE_KIND, isWordCode, joinedWordRuns, KIND_SPACE, KIND_WORD, LETTER } from '@/lib/analysis/boilerplate/char-classes';
import { isSpaceCode } from '@/lib/analysis/text/words';

const NOT_WORD = new RegExp(`[^0-9${LETTER}]+`, 'gu');
const byRegex = (text: string) => text.replace(NOT_WORD, ' ').trim();

describe('joinedWordRuns', () => {
  it.each([
    ['share this story', 'share this story'],
    ['Photo: Jane Roe/Agency', 'Photo Jane Roe Agency'],
    ['  — Read more »  ', 'Read more'],
    ['Zürich, 3. März 2024', 'Zürich 3 März 2024'],
    ['Новости  дня', 'Новости дня'],
    ['one  two', 'one two'],
    ['…', ''],
    ['', ''],
    ['ok 😀 fine', 'ok fine'],
  ])('%j -> %j', (text, key) => {
    expect(joinedWordRuns(text)).toBe(key);
    expect(byRegex(text)).toBe(key);
  });

  it('agrees with the regex on every code unit', () => {
    const re = new RegExp(`^[0-9${LETTER}]$`, 'u');
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isWordCode(c) !== re.test(String.fromCharCode(c))) throw new Error(`code ${c.toString(16)}`);
    }
  });
});

describe('CODE_KIND', () => {
  it('agrees with isSpaceCode and isWordCode on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const kind = isSpaceCode(c) ? KIND_SPACE : isWordCode(c) ? KIND_WORD : 0;
      if (CODE_KIND[c] !== kind) throw new Error(`code ${c.toString(16)}: ${CODE_KIND[c]} ≠ ${kind}`);
    }
  });
});
