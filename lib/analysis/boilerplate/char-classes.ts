import { isSpaceCode } from '../text/words';

/**
 * Letter classes spelled out as ranges (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai,
 * Georgian, Latin Extended Additional, CJK, Hangul). Unicode property classes such as \p{L} make V8 spend tens of
 * milliseconds compiling each regex, and the extension compiles them again on every page.
 */
const OTHER_SCRIPTS = '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u052f\\u0590-\\u06ff\\u0900-\\u0fff\\u10a0-\\u11ff\\u1e00-\\u1fff\\u3040-\\u9fff\\uac00-\\ud7af';
/** Any letter (inside a character class). */
export const LETTER = `A-Za-z${OTHER_SCRIPTS}`;
/** Upper-case letters, roughly: ASCII, Latin-1, Greek and Cyrillic capitals, Latin Extended (mixed). */
export const UPPER = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u024f\\u0391-\\u03a9\\u0400-\\u042f\\u1e00-\\u1efe';
/** A word character for boundaries. */
export const WORD = `[0-9_${LETTER}]`;

/** True for a code unit of `[0-9${LETTER}]`: the same test without a regex, for hot loops (surrogates are not letters here). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c < 0x1e00) {
    return (c >= 0x370 && c <= 0x52f) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xfff) || (c >= 0x10a0 && c <= 0x11ff);
  }
  return c <= 0x1fff || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/**
 * Runs of code units that are not `[0-9${LETTER}]`. Every letter range lies in the BMP, so without the
 * `u` flag the regex finds the same runs (a surrogate pair is two non-word units, as one character it
 * is one non-word character) and V8 matches it faster.
 */
const NON_WORD_RUNS = new RegExp(`[^0-9${LETTER}]+`, 'g');

/**
 * The word runs of `text` joined by single spaces. One native pass builds the key in one piece: adding
 * word after word made a rope of small strings, which every Map look-up of the key then flattened
 * (the line keys are counted on every page); text already in that form is returned as it is.
 */
export function joinedWordRuns(text: string): string {
  return text.replace(NON_WORD_RUNS, ' ').trim();
}

/** Kinds of a code unit in `CODE_KIND`. */
export const KIND_SPACE = 1;
export const KIND_WORD = 2;

/**
 * Each UTF-16 code unit's kind: KIND_SPACE (white space as `isSpaceCode` has it), KIND_WORD (`isWordCode`) or 0.
 * Read at every character of every line, so one table look-up rather than two chains of range tests
 * (measured: a line's words and key shape in half the time). 64 KB, filled at load from the ranges of
 * LETTER (a test checks it against both functions for every code unit): asking the functions for each
 * code unit took 4 ms, on every page the extension sees.
 */
export const CODE_KIND: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const unit = (s: string) => (s.length === 1 ? s.charCodeAt(0) : parseInt(s.slice(2), 16));
  for (const [, from, to] of `0-9${LETTER}`.matchAll(/(\\u[0-9a-f]{4}|[^\\])-(\\u[0-9a-f]{4}|[^\\])/g)) {
    table.fill(KIND_WORD, unit(from), unit(to) + 1);
  }
  // White space lies below U+0021 or among a few code units above U+009F.
  const spaces = [0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
  for (let c = 0; c <= 0x20; c++) spaces.push(c);
  for (let c = 0x2000; c <= 0x200a; c++) spaces.push(c);
  for (const c of spaces) if (isSpaceCode(c)) table[c] = KIND_SPACE;
  return table;
})();
