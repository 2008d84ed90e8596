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

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string | null): Intl.Segmenter {
  const key = (lang ?? 'en').slice(0, 2).toLowerCase() || 'en';
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, s);
  }
  return s;
}

/** True when a segment ends in an abbreviation or an initial ("Mr.", "U.S.", "W."), not a sentence end. */
function endsInAbbreviation(segment: string, next: string): boolean {
  const m = /(?:^|[\s(“"'])([\p{L}.º]{1,6})\.\s*$/u.exec(segment);
  if (!m) return false;
  const word = m[1];
  const lower = word.toLowerCase();
  if (BEFORE_NUMBER.has(lower)) return /^\s*\d/.test(next);
  return ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word);
}

/**
 * Sentences of one line of text, as trimmed spans relative to the line: Intl.Segmenter, with
 * segments re-joined after abbreviations and initials.
 */
export function splitSentences(text: string, lang: string | null = null): Span[] {
  const spans: Span[] = [];
  let pending: Span | null = null;
  for (const seg of segmenter(lang).segment(text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    if (pending) pending.end = end;
    else pending = { start, end };
    if (end < text.length && endsInAbbreviation(seg.segment, text.slice(end, end + 4))) continue;
    spans.push(trim(text, pending));
    pending = null;
  }
  if (pending) spans.push(trim(text, pending));
  return spans.filter((s) => s.end > s.start);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
