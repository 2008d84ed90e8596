import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  endsWithQuotedQuestion, isContinuingMark, isLowerCaseAt, openingWordEnd, openingWordStart, skipSpaces, trailingWord,
} from '@/lib/analysis/text/cut-context';

// The readers replace regular expressions run on slices of the window around a cut: on random text
// and windows they must answer exactly as those expressions did.
const LEADING_WORD = /^\s*["'“‘(]?([\p{L}][\p{L}'’-]*)/u;
const CONTINUING = /^\s*[,;:)\]―—–]/;
const QUOTED_QUESTION = /[?!]["”’»]\s*$/;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

function trailingWordBySlice(before: string): string | null {
  let e = before.length;
  while (e > 0 && /\s/.test(before[e - 1])) e--;
  while (e > 0 && CLOSERS.has(before[e - 1])) e--;
  if (e === 0 || before[e - 1] !== '.') return null;
  e--;
  let s = e;
  while (s > 0 && (before[s - 1] === '.' || /\p{L}/u.test(before[s - 1]))) s--;
  return s < e ? before.slice(s, e) : null;
}

const chars = ['a', 'Z', 'é', 'É', 'ß', ' ', '\u00a0', '\n', '.', '?', '!', '"', "'", '“', '‘', '”', '’', '»', '(', ')', ']', ',', ';', ':', '-', '—', '–', '―', '1', '𝐀', '😀', '\ud835', '\udc00'];
const texts = fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join(''));
const windows = texts.chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length), fc.nat(text.length)));

describe('cut context readers', () => {
  it('read the text after a cut as the leading-word and continuing-mark expressions do', () => {
    fc.assert(
      fc.property(windows, ([text, a, b]) => {
        const [cut, to] = a <= b ? [a, b] : [b, a];
        const after = text.slice(cut, to);
        const at = skipSpaces(text, cut, to);
        expect(at < to && isContinuingMark(text.charCodeAt(at))).toBe(CONTINUING.test(after));
        const start = openingWordStart(text, at, to);
        const m = LEADING_WORD.exec(after);
        expect(start < 0 ? null : text.slice(start, openingWordEnd(text, start, to))).toBe(m ? m[1] : null);
        if (m) expect(isLowerCaseAt(text, start)).toBe(/^\p{Ll}/u.test(m[1]));
      }),
      { numRuns: 3000 },
    );
  });

  it('read the text before a cut as the quoted-question expression and the trailing-word scan do', () => {
    fc.assert(
      fc.property(windows, ([text, a, b]) => {
        const [from, cut] = a <= b ? [a, b] : [b, a];
        const before = text.slice(from, cut);
        expect(endsWithQuotedQuestion(text, from, cut)).toBe(QUOTED_QUESTION.test(before));
        expect(trailingWord(text, from, cut)).toBe(trailingWordBySlice(before));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['He left. "Why?" she asked.', 8, 'Why'],
    ['He left. (the rest)', 8, 'the'],
    ['He left. ’Tis late.', 8, null],
  ])('the word after the cut in %j', (text, cut, word) => {
    const start = openingWordStart(text, skipSpaces(text, cut, text.length), text.length);
    expect(start < 0 ? null : text.slice(start, openingWordEnd(text, start, text.length))).toBe(word);
  });
});
