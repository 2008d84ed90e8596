import type { Span } from '../types';
import { segmentStartsUnchecked, sentenceSegmenter } from './segments';
import { isSingleSegment } from './single-segment';
import { isSpaceCode } from './words';
import { endsWithQuotedQuestion, isContinuingMark, isLowerCaseAt, openingWordEnd, openingWordStart, skipSpaces, trailingWord } from './cut-context';

/**
 * Sentence segmentation on Intl.Segmenter, repaired for news text: abbreviations and initials
 * ("Mr.", "Gen.", "U.S.", "J.") do not end sentences, a lower-case continuation (`?" she asked`)
 * joins the previous sentence, and no boundary falls inside a quotation.
 */
export interface SentenceOptions {
  /** Abbreviations without their final dot, lower case. */
  abbreviations: ReadonlySet<string>;
  /** Capitalised words that commonly open sentences ("The", "He"): after "U.S." they mean a new sentence. */
  sentenceStarters: ReadonlySet<string>;
  /** Spans (e.g. quotations) that must not contain a boundary. */
  protectedSpans?: readonly Span[];
  /** Verbs of saying: `?” Forte said.` stays one sentence with its quotation. */
  speechWords?: ReadonlySet<string>;
  /** Words after which a number's dot marks an ordinal ("am 30. März"): no boundary there. */
  ordinalNouns?: ReadonlySet<string>;
}

/** A number of one to four digits with its dot, ending the text before a boundary ("am 30. "). */
const ORDINAL_END = /(^|[^\d.,])\d{1,4}\.\s+$/;
/** Abbreviated titles, which a name always follows. */
const TITLE_ABBREVIATIONS = /^(mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|adm|cmdr|gov|sen|rep|rev|st|supt|insp|det|hon|fr|mx|messrs|no|vs)$/;
const SPEECH_WORDS = /[\p{L}'’-]+/gu;
const ONE_LETTER = /^\p{L}$/u;
const UPPER_CASE_START = /^\p{Lu}/u;

function rawBoundaries(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  // a heading or a one-sentence paragraph: known uncut without a copy of it for the segments' memo
  if (isSingleSegment(text, from, to) && sentenceSegmenter('en')) return cuts;
  const slice = text.slice(from, to);
  // (a single segment left here has no segmenter, which answers null as `segmentStarts` would)
  const starts = segmentStartsUnchecked(slice, 'en');
  if (starts) {
    for (const s of starts) if (s > 0) cuts.push(from + s);
    return cuts;
  }
  const re = /[.!?]+["'”’)]*\s+/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) cuts.push(from + m.index + m[0].length);
  return cuts;
}

/**
 * Whether the segmenter's cut stays, judged from up to 40 characters each side (within the sentence
 * and the block). The window is read in place by character codes (cut-context.ts): no slices, and
 * strings only for the word before a final period and, where an answer needs it, the next word.
 */
function keepsBoundary(text: string, prevStart: number, cut: number, end: number, opts: SentenceOptions): boolean {
  const from = Math.max(prevStart, cut - 40);
  const to = Math.min(end, cut + 40);
  const after = skipSpaces(text, cut, to);
  if (after < to && isContinuingMark(text.charCodeAt(after))) return false;
  const nextStart = openingWordStart(text, after, to);
  const nextEnd = nextStart < 0 ? -1 : openingWordEnd(text, nextStart, to);
  // `?" she asked` or `... , and` : a lower-case start continues the sentence.
  if (nextStart >= 0 && isLowerCaseAt(text, nextStart)) return false;
  if (opts.speechWords && endsWithQuotedQuestion(text, from, cut)) {
    const words = text.slice(cut, to).toLowerCase().match(SPEECH_WORDS) ?? [];
    if (words.slice(0, 4).some((w) => opts.speechWords?.has(w))) return false;
  }
  if (opts.ordinalNouns?.size && nextStart >= 0 && opts.ordinalNouns.has(text.slice(nextStart, nextEnd).toLowerCase()) && ORDINAL_END.test(text.slice(from, cut))) {
    return false;
  }
  const lastWord = trailingWord(text, from, cut);
  if (!lastWord) return true;
  const word = lastWord.toLowerCase();
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  // initial: "J. Smith" (one letter: one code unit, or two for a pair)
  if (bare.length <= 2 && ONE_LETTER.test(bare) && UPPER_CASE_START.test(lastWord)) return opensSentence(text, nextStart, nextEnd, opts);
  if (bare.includes('.')) return opensSentence(text, nextStart, nextEnd, opts); // "U.S.", "D.C.", "a.m."
  if (opts.abbreviations.has(bare)) {
    // Titles before a name never end a sentence; "Inc." or "Jan." may.
    return TITLE_ABBREVIATIONS.test(bare) ? false : opensSentence(text, nextStart, nextEnd, opts);
  }
  return true;
}

/** The word after the cut commonly opens sentences ("The", "He"); asked only after an abbreviation or initial. */
function opensSentence(text: string, start: number, end: number, opts: SentenceOptions): boolean {
  return opts.sentenceStarters.has(start < 0 ? '' : text.slice(start, end).toLowerCase());
}

/** Sentences of text[from, to), as spans trimmed of surrounding white space. */
export function splitSentences(text: string, from: number, to: number, opts: SentenceOptions): Span[] {
  const cuts = rawBoundaries(text, from, to);
  const prot = opts.protectedSpans ?? [];
  let pi = 0;
  const out: Span[] = [];
  let start = from;
  for (const cut of cuts) {
    while (pi < prot.length && prot[pi].end <= cut) pi++;
    const inside = pi < prot.length && prot[pi].start < cut && prot[pi].end > cut;
    if (inside || !keepsBoundary(text, start, cut, to, opts)) continue;
    pushTrimmed(text, start, cut, out);
    start = cut;
  }
  pushTrimmed(text, start, to, out);
  return out;
}

/** Adds text[s, e) to `out` without its surrounding white space, unless nothing is left. */
export function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
