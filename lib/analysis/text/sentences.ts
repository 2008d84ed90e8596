import type { Span } from '../types';
import { segmentStarts } from './segments';
import { isSpaceCode } from './words';

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

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const LETTER = /\p{L}/u;

/** A letter (one code unit): ASCII answered from the code, the rest by `\p{L}`. */
function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(text[i]);
}

/** The word before a final period ("Mr" in "… Mr. "), scanning back by character codes (this runs at every cut). */
function trailingWord(before: string): string | null {
  let e = before.length;
  while (e > 0 && isSpaceCode(before.charCodeAt(e - 1))) e--;
  while (e > 0 && CLOSERS.has(before[e - 1])) e--;
  if (e === 0 || before[e - 1] !== '.') return null;
  e--;
  let s = e;
  while (s > 0 && (before[s - 1] === '.' || isLetterUnit(before, s - 1))) s--;
  return s < e ? before.slice(s, e) : null;
}
/** A number of one to four digits with its dot, ending the text before a boundary ("am 30. "). */
const ORDINAL_END = /(^|[^\d.,])\d{1,4}\.\s+$/;
/** Abbreviated titles, which a name always follows. */
const TITLE_ABBREVIATIONS = /^(mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|adm|cmdr|gov|sen|rep|rev|st|supt|insp|det|hon|fr|mx|messrs|no|vs)$/;
const LEADING_WORD = /^\s*["'“‘(]?([\p{L}][\p{L}'’-]*)/u;

function rawBoundaries(text: string, from: number, to: number): number[] {
  const slice = text.slice(from, to);
  const cuts: number[] = [];
  const starts = segmentStarts(slice, 'en');
  if (starts) {
    for (const s of starts) if (s > 0) cuts.push(from + s);
    return cuts;
  }
  const re = /[.!?]+["'”’)]*\s+/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) cuts.push(from + m.index + m[0].length);
  return cuts;
}

function keepsBoundary(text: string, prevStart: number, cut: number, end: number, opts: SentenceOptions): boolean {
  const before = text.slice(Math.max(prevStart, cut - 40), cut);
  const after = text.slice(cut, Math.min(end, cut + 40));
  const next = LEADING_WORD.exec(after);
  // `?" she asked` or `... , and` : a lower-case start continues the sentence.
  if (next && /^\p{Ll}/u.test(next[1])) return false;
  if (/^\s*[,;:)\]―—–]/.test(after)) return false;
  if (opts.speechWords && /[?!]["”’»]\s*$/.test(before)) {
    const words = after.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
    if (words.slice(0, 4).some((w) => opts.speechWords?.has(w))) return false;
  }
  if (opts.ordinalNouns?.size && next && opts.ordinalNouns.has(next[1].toLowerCase()) && ORDINAL_END.test(before)) return false;
  const lastWord = trailingWord(before);
  if (lastWord) {
    const word = lastWord.toLowerCase();
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    const startsSentence = opts.sentenceStarters.has((next?.[1] ?? '').toLowerCase());
    // initial: "J. Smith" (one letter: one code unit, or two for a pair)
    if (bare.length <= 2 && /^\p{L}$/u.test(bare) && /^\p{Lu}/u.test(lastWord)) return startsSentence;
    if (bare.includes('.')) return startsSentence; // "U.S.", "D.C.", "a.m."
    if (opts.abbreviations.has(bare)) {
      // Titles before a name never end a sentence; "Inc." or "Jan." may.
      return TITLE_ABBREVIATIONS.test(bare) ? false : startsSentence;
    }
  }
  return true;
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

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
