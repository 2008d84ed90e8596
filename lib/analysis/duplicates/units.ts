import { creditTailStart, isCreditLine } from '../boilerplate/credit';
import type { ArticleText, Span } from '../types';
import { splitSentences } from './sentences';
import { pushTrimmed } from '../text/sentences';
import { TrigramCoder } from './shingles';
import { IntList } from './int-list';
import { WordIds } from './word-ids';

/** Sentences shorter than this many words are too common to call repeats ("He said so."). */
const MIN_WORDS = 6;

/** What ends a sentence or a quotation (as a code unit: all of them are in the BMP). */
const SENTENCE_ENDS = new Set(Array.from('.!?…"”\'’»),:;', (c) => c.charCodeAt(0)));

/** A sentence (or a short block) of the article that is long enough to call a repeat. */
export interface Unit extends Span {
  /** Ends like a sentence or a quotation (not a heading or a list title). */
  sentence: boolean;
  /** The article's title, whole. */
  title: boolean;
  /** Its word ids are `Units.ids[idsAt, idsAt + words)`: equal lists are equal word lists. */
  idsAt: number;
  words: number;
  /** Its distinct trigram ids, in order of first occurrence, are `Units.grams[gramsAt, gramsAt + grams)`. */
  gramsAt: number;
  grams: number;
}

export interface Units {
  units: Unit[];
  /** The word ids of every unit, one after the other, and the words behind them. */
  ids: Int32Array;
  words: WordIds;
  /** The trigram ids of every unit, one after the other; every trigram id is below `trigrams`. */
  grams: Int32Array;
  trigrams: number;
}

/**
 * The sentences of every line of the article's blocks, each line without its photo credit, as word and
 * trigram ids; a title is one unit, whole. Lines are found by scanning the text, not by slicing each block and
 * running a regex over it, and sentences are read in place (word-ids.ts), not copied.
 */
export function sentenceUnits(article: ArticleText): Units {
  const text = article.text ?? '';
  const units: Unit[] = [];
  // About one distinct word per 16 characters on news pages (keep-images: 1 105 in 19 210).
  const words = new WordIds(text.length / 16);
  // Room for about one trigram per six characters of text, so the table rarely grows.
  const coder = new TrigramCoder(tableCapacity(text.length / 6));
  const ids = new IntList(text.length / 5);
  const grams = new IntList(text.length / 5);
  // Lines end at \n (found natively by indexOf); the rare text with \r is scanned character by character.
  const hasCarriageReturn = text.includes('\r');
  const lineEnd = (from: number, end: number): number => {
    if (hasCarriageReturn) {
      while (from < end && !isLineBreak(text.charCodeAt(from))) from++;
      return from;
    }
    const newline = text.indexOf('\n', from);
    return newline < 0 || newline > end ? end : newline;
  };
  for (const block of article.blocks ?? []) {
    // A headline printed again in the page is a repeat; a sentence of the story it quotes is not: so
    // it is compared whole, never cut into sentences.
    const title = block.kind === 'title';
    const end = Math.min(block.end, text.length);
    for (let start = block.start; start < end; ) {
      const stop = lineEnd(start, end);
      if (stop > start) addLine(text.slice(start, stop), start, title);
      start = stop + 1;
    }
  }
  return { units, ids: ids.data, words, grams: grams.data, trigrams: coder.size };

  function addLine(whole: string, offset: number, title: boolean): void {
    if (isCreditLine(whole)) return;
    const tail = creditTailStart(whole, true);
    const line = tail >= 0 ? whole.slice(0, tail) : whole;
    for (const s of title ? trimmedWhole(line) : splitSentences(line, article.lang)) {
      const idsAt = ids.length;
      // Read from the article text, not the line: one flat string for every sentence, where the
      // lines are slices of it that each character read would have to go through.
      const count = words.read(text, offset + s.start, offset + s.end, ids);
      if (count < MIN_WORDS) {
        ids.truncate(idsAt);
        continue;
      }
      const sentence = SENTENCE_ENDS.has(line.charCodeAt(s.end - 1));
      const gramsAt = grams.length;
      const gramCount = coder.codes(ids.data, idsAt, idsAt + count, grams);
      units.push({ start: offset + s.start, end: offset + s.end, sentence, title, idsAt, words: count, gramsAt, grams: gramCount });
    }
  }
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;

/** The line as one span without its surrounding white space (none when nothing is left). */
function trimmedWhole(line: string): Span[] {
  const out: Span[] = [];
  pushTrimmed(line, 0, line.length, out);
  return out;
}

/** The power of two at least twice `trigrams`. */
function tableCapacity(trigrams: number): number {
  let capacity = 64;
  while (capacity < 2 * trigrams) capacity *= 2;
  return capacity;
}
