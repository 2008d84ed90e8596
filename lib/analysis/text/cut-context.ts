/**
 * Readers of the text around a candidate sentence cut, scanning character codes straight from the
 * text within a window [from, to). Every segment boundary of every block is judged, and slicing forty
 * characters each side to run regular expressions on them made that judgement cost more than finding
 * the boundaries. Each reader says which expression on the window's slice it answers like.
 */
import { isSpaceCode } from './words';

/** A letter or a lower-case letter (`\p{L}`, `\p{Ll}`) at lastIndex, for characters beyond ASCII. */
const LETTER_AT = /\p{L}/uy;
const LOWER_AT = /\p{Ll}/uy;

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Length of the letter at `i` (1, or 2 for a surrogate pair) if it ends by `to`, else 0. */
function letterLength(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  // a low surrogate here has lost its pair (the window starts at it): no letter on its own
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  LETTER_AT.lastIndex = i;
  if (!LETTER_AT.test(text)) return 0;
  const length = LETTER_AT.lastIndex - i;
  return i + length <= to ? length : 0;
}

/** A letter of one code unit (`\p{L}` on that unit alone: half a surrogate pair is none). */
export function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (isSurrogate(c)) return false;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

/** The first index at or after `at` that is not white space (`\s`), or `to`. */
export function skipSpaces(text: string, at: number, to: number): number {
  while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Punctuation that carries a sentence on past a cut: `/^\s*[,;:)\]―—–]/` once spaces are skipped. */
export function isContinuingMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d || c === 0x2015 || c === 0x2014 || c === 0x2013;
}

/**
 * Start of the word opening the text at `at` (white space already skipped), behind at most one opening
 * quote or bracket, or -1: where group 1 of `/^\s*["'“‘(]?([\p{L}][\p{L}'’-]*)/u` starts.
 */
export function openingWordStart(text: string, at: number, to: number): number {
  if (at >= to) return -1;
  const c = text.charCodeAt(at);
  const start = c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 ? at + 1 : at;
  return start < to && letterLength(text, start, to) ? start : -1;
}

/** End of that word: letters, apostrophes and hyphens (`[\p{L}'’-]*`) up to `to`. */
export function openingWordEnd(text: string, start: number, to: number): number {
  let i = start;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 0x2d) i++;
    else {
      const length = letterLength(text, i, to);
      if (!length) break;
      i += length;
    }
  }
  return i;
}

/** The letter at `i` is lower case (`/^\p{Ll}/u` on a word starting there). */
export function isLowerCaseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  LOWER_AT.lastIndex = i;
  return LOWER_AT.test(text);
}

/** text[from, at) ends in a question or exclamation and its closing quote: `/[?!]["”’»]\s*$/`. */
export function endsWithQuotedQuestion(text: string, from: number, at: number): boolean {
  let e = at;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e - 2 < from) return false;
  const quote = text.charCodeAt(e - 1);
  const mark = text.charCodeAt(e - 2);
  return (quote === 0x22 || quote === 0x201d || quote === 0x2019 || quote === 0xbb) && (mark === 0x3f || mark === 0x21);
}

/** Closing quotes and brackets that may follow a sentence's final period. */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;

/** The word before a final period in text[from, at) ("Mr" in "… Mr. "), inner dots kept ("U.S"), or null. */
export function trailingWord(text: string, from: number, at: number): string | null {
  let e = at;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  while (e > from && isCloser(text.charCodeAt(e - 1))) e--;
  if (e === from || text.charCodeAt(e - 1) !== 0x2e) return null;
  e--;
  let s = e;
  while (s > from && (text.charCodeAt(s - 1) === 0x2e || isLetterUnit(text, s - 1))) s--;
  return s < e ? text.slice(s, e) : null;
}
