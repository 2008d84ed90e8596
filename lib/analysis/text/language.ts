/**
 * The language of an article: the one the page declares (`<html lang>`, og:locale, Content-Language),
 * checked against the text by counting each language's commonest function words. A page may declare
 * "en" and be French, or declare nothing; a language the analysis has no word lists for is kept as
 * declared (its rules fall back to English). Pure, so the extension and the CLI decide alike.
 */
import { memoized } from './analysis-memo';

/** Short words frequent in running text of one language and rare in the others. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'said', 'he', 'she', 'it', 'this', 'have', 'from', 'not', 'but', 'they', 'which'],
  fr: ['le', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'pas', 'qui', 'sur', 'au', 'du', 'avec', 'ce', 'il', 'elle', 'sont', 'mais', 'aux'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'den', 'auch', 'es', 'wird', 'sie', 'von', 'zu'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'por', 'una', 'con', 'para', 'es', 'se', 'su', 'como', 'más', 'pero', 'fue', 'sus', 'lo', 'al'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** How far into the text to count: a few thousand characters settle the question. */
const SAMPLE = 6000;
/** Fewer function words than this: too little text to overrule the page. */
const MIN_EVIDENCE = 10;

/** The base language of a tag ("de-DE", "fr_FR" -> "de", "fr"), or null. */
export function baseLanguage(tag: string | null | undefined): string | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : null;
}

/** The longest function word: longer words need no look-up (nor a string of their own). */
const LONGEST = Math.max(...[...LOOKUP.keys()].map((w) => w.length));
/** A letter (`\p{L}`) at lastIndex, for the rare characters beyond ASCII. */
const LETTER_AT = /\p{L}/uy;

/** Length of the letter at `i` of `text` (1, or 2 for a surrogate pair), or 0 for a non-letter. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text) ? LETTER_AT.lastIndex - i : 0;
}

/**
 * Function-word counts per language in the first part of `text`: its runs of letters (`\p{L}+`), found
 * by a scan of character codes, since a match object per word made this a visible share of the analysis.
 * Shared within one analysis (do not modify).
 */
export function functionWordCounts(text: string): Record<string, number> {
  const opening = text.slice(0, SAMPLE);
  // Attribution and the analysis's own answer both ask, mostly about the same opening: counted once.
  return memoized('function words', opening, () => countIn(opening.toLowerCase()));
}

function countIn(sample: string): Record<string, number> {
  const counts: Record<string, number> = { en: 0, fr: 0, de: 0, es: 0 };
  const n = sample.length;
  let i = 0;
  while (i < n) {
    const step = letterLength(sample, i);
    if (!step) {
      // a non-letter pair (an emoji) is stepped over whole
      const c = sample.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      continue;
    }
    const start = i;
    i += step;
    for (let more = i < n ? letterLength(sample, i) : 0; more; more = i < n ? letterLength(sample, i) : 0) i += more;
    if (i - start > LONGEST) continue;
    const langs = LOOKUP.get(sample.slice(start, i));
    if (langs) for (const l of langs) counts[l]++;
  }
  return counts;
}

/**
 * The language to analyse `text` in: the declared one unless the text clearly reads as another of
 * the languages counted (twice its function words), the counted one when nothing is declared, and
 * "en" when neither says anything. A declared language that is not counted is kept as it is.
 */
export function detectLanguage(declared: string | null | undefined, text: string): string {
  const base = baseLanguage(declared);
  const counts = functionWordCounts(text);
  let best = 'en';
  for (const l of Object.keys(counts)) if (counts[l] > counts[best]) best = l;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total < MIN_EVIDENCE) return base ?? 'en';
  if (!base) return best;
  // a declared language that is not counted (Portuguese, Polish…) shares words with the counted ones
  if (!(base in counts)) return base;
  return counts[best] >= 2 * Math.max(counts[base], 1) ? best : base;
}
