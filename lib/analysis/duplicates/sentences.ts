import { isSpaceCode } from '../text/words';
import { segmentStarts } from '../text/segments';
import { pushTrimmed } from '../text/sentences';
import type { Span } from '../types';

/** Abbreviations after which a full stop does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gov', 'sen', 'rep', 'rev', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'pres', 'hon', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept',
  'est', 'fig', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'mme', 'mlle', 'm', 'sra', 'sr', 'dra', 'hr', 'fr', 'nr', 'bzw', 'ca',
]);

/** Abbreviations only before a number ("No. 5", "Nr. 12", "Art. 3"); elsewhere "no." ends a sentence. */
const BEFORE_NUMBER = new Set(['no', 'nr', 'art', 'p', 'pp', 'vol', 'n', 'nº']);

/**
 * Languages that ICU cuts into sentences by its root rules, as it does English (only a few, such as
 * Greek, have rules of their own; abbreviation lists apply only when a locale asks for them, which
 * ours do not). Segmenting them as English gives the same cuts, and shares the segments attribution
 * has already computed for the same paragraphs (analysis-memo.ts) instead of segmenting them again.
 */
const ROOT_RULES = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'pl']);

/** The segmenter's locale for a page language: English for the root-rule languages and when unknown, else its two-letter code. */
const localeOf = (lang: string | null) => {
  const code = (lang ?? 'en').slice(0, 2).toLowerCase() || 'en';
  return ROOT_RULES.has(code) ? 'en' : code;
};

const ABBREVIATION_CHAR = /[\p{L}.º]/u;

/** `ABBREVIATION_CHAR` for text[from, to), one character: ASCII answered from the code (this runs back from every cut). */
function isAbbreviationChar(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (to - from === 1 && c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e;
  return ABBREVIATION_CHAR.test(text.slice(from, to));
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** `[\s(“"']`: what may stand before an abbreviation, as a code (tested once per sentence cut). */
const isOpener = (c: number) => isSpaceCode(c) || c === 0x28 || c === 0x201c || c === 0x22 || c === 0x27;
const UPPER_LETTER = /^\p{Lu}$/u;
/** `UPPER_LETTER`, with one ASCII letter answered from its code: most words before a cut are not initials. */
const isUpperLetter = (word: string) => (word.length === 1 && word.charCodeAt(0) < 0x80 ? word >= 'A' && word <= 'Z' : UPPER_LETTER.test(word));

/**
 * True when a segment ends in an abbreviation or an initial ("Mr.", "U.S.", "W."), not a sentence end:
 * a run of 1-6 letters, dots or º, at the start or after a space, quote or bracket, then the final
 * full stop. Scanned back from the end, so a long segment costs no more than a short one.
 */
function endsInAbbreviation(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === start || text.charCodeAt(e - 1) !== 0x2e) return false;
  const dot = e - 1;
  let s = dot;
  let chars = 0;
  while (s > start && chars <= 6) {
    const from = s - 2 >= start && isLowSurrogate(text.charCodeAt(s - 1)) && isHighSurrogate(text.charCodeAt(s - 2)) ? s - 2 : s - 1;
    if (!isAbbreviationChar(text, from, s)) break;
    s = from;
    chars++;
  }
  if (chars === 0 || chars > 6 || (s > start && !isOpener(text.charCodeAt(s - 1)))) return false;
  const word = text.slice(s, dot);
  const lower = word.toLowerCase();
  if (BEFORE_NUMBER.has(lower)) return /^\s*\d/.test(text.slice(end, end + 4));
  return ABBREVIATIONS.has(lower) || isUpperLetter(word);
}

/**
 * Sentences of one line of text, as trimmed spans relative to the line: Intl.Segmenter, with
 * segments re-joined after abbreviations and initials. Every line of a page comes here, so only the
 * spans it returns are allocated (no pending spans, trimmed copies or filtered array).
 */
export function splitSentences(text: string, lang: string | null = null): Span[] {
  const starts = segmentStarts(text, localeOf(lang));
  if (!starts) throw new Error('Intl.Segmenter is not available');
  const spans: Span[] = [];
  // Start of the sentence being gathered, -1 when none.
  let from = -1;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    if (from < 0) from = start;
    if (end < text.length && endsInAbbreviation(text, start, end)) continue;
    pushTrimmed(text, from, end, spans);
    from = -1;
  }
  if (from >= 0) pushTrimmed(text, from, text.length, spans);
  return spans;
}
