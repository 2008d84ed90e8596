import type { ArticleText, BlockKind } from '../types';
import { isSpaceCode } from '../text/words';
import { CODE_KIND, joinedWordRuns, KIND_SPACE, KIND_WORD } from './char-classes';
import { phraseCategoriesAt } from './phrase-matchers';
import { keepInstance } from '../kept-instances';

/** One line of the article as the classifier sees it, with the evidence around it. */
export interface LineUnit {
  start: number;
  end: number;
  text: string;
  kind: BlockKind;
  /** Index among the body's lines, and how many lines there are. */
  index: number;
  total: number;
  words: number;
  linkDensity: number;
  /** How many lines of the page share this line's normalised text. */
  repeats: number;
  /** Normalised text (letters and digits, lower case). */
  readonly key: string;
  /** How many words `key` has (runs of letters and digits). */
  keyWords: number;
  /** The line in lower case, for the phrase patterns. */
  lower: string;
  /** The phrase categories (bits) the line may hold, by the openings of its words (phrase-cues.ts). */
  phraseCategories: number;
  /** The line holds a Cyrillic character (U+0400-U+04FF). */
  cyrillic: boolean;
  /** The word by which the page names the box holding the line ("author", "newsletter"), if any. */
  box?: string;
}

export const normaliseLine = (s: string) => keyOfLower(s.toLowerCase());
/** Letters and digits in runs joined by single spaces. */
const keyOfLower = joinedWordRuns;

/**
 * A line whose key is built on first use. Only short lines (share bars, repeated labels) and lines
 * found to be boilerplate ever read it; building it for every line of prose was a fifth of the stage.
 */
class Line implements LineUnit {
  index = 0;
  total = 0;
  repeats = 1;
  private normalised: string | undefined;

  constructor(
    public start: number,
    public end: number,
    public text: string,
    public kind: BlockKind,
    public linkDensity: number,
    public lower: string,
    public box: string | undefined,
    public words: number,
    public keyWords: number,
    public phraseCategories: number,
    public cyrillic: boolean,
    /** Length of `key`, known without building it. */
    readonly keyLength: number,
  ) {}

  get key(): string {
    return (this.normalised ??= keyOfLower(this.lower));
  }
}

// its compiled methods outlive a major garbage collection (see kept-instances.ts)
keepInstance(new Line(0, 0, '', 'paragraph', 0, '', undefined, 0, 0, 0, false, 0));

/**
 * Splits every block after the headline into lines (a block of a plain-text page may hold several).
 * Linear in the text length.
 */
export function lineUnits(article: ArticleText): LineUnit[] {
  const units: Line[] = [];
  const text = article.text ?? '';
  for (const block of article.blocks ?? []) {
    if (block.kind === 'title') continue;
    const blockText = text.slice(block.start, block.end);
    const density = blockText.length ? Math.min(1, (block.linkChars || 0) / blockText.length) : 0;
    const re = /[^\r\n]+/g;
    for (let m = re.exec(blockText); m; m = re.exec(blockText)) {
      const raw = m[0];
      let lead = 0;
      let end = raw.length;
      while (lead < end && isSpaceCode(raw.charCodeAt(lead))) lead++;
      while (end > lead && isSpaceCode(raw.charCodeAt(end - 1))) end--;
      if (lead === end) continue;
      const line = lead === 0 && end === raw.length ? raw : raw.slice(lead, end);
      const start = block.start + m.index + lead;
      const lower = line.toLowerCase();
      const { words, keyWords, phraseCategories, cyrillic, keyLength } = shapeOf(lower);
      units.push(new Line(start, start + line.length, line, block.kind, density, lower, block.box, words, keyWords, phraseCategories, cyrillic, keyLength));
    }
  }
  countRepeats(units);
  for (let i = 0; i < units.length; i++) {
    units[i].index = i;
    units[i].total = units.length;
  }
  return units;
}

/**
 * The line's white-space words, the words and length its key will have, the phrase categories its
 * words open on, and whether it holds Cyrillic (the look-alike letter rule asks it of every line: a
 * regex pass over each line cost more than the test here), in one pass over the lower-cased line
 * (every pass over every character counts here).
 * Lower-casing keeps white space as it is and turns every other character into characters that are not
 * white space, so the line counts the same words in either case.
 */
function shapeOf(lower: string): { words: number; keyWords: number; phraseCategories: number; cyrillic: boolean; keyLength: number } {
  let words = 0;
  let keyWords = 0;
  let wordChars = 0;
  let phraseCategories = 0;
  let cyrillic = false;
  let prev = KIND_SPACE;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const kind = CODE_KIND[code];
    if (kind !== KIND_SPACE && prev === KIND_SPACE) words++;
    if (kind === KIND_WORD) {
      wordChars++;
      // Every Cyrillic code unit is a word character (LETTER, char-classes.ts).
      if (code >= 0x400 && code <= 0x4ff) cyrillic = true;
      if (prev !== KIND_WORD) {
        keyWords++;
        phraseCategories |= phraseCategoriesAt(lower, i);
      }
    }
    prev = kind;
  }
  return { words, keyWords, phraseCategories, cyrillic, keyLength: keyWords ? wordChars + keyWords - 1 : 0 };
}

/**
 * Sets `repeats`. Lines that share a key have keys of the same length and word count, so keys are built
 * and compared only among lines alike in both: the lines of prose nearly always stand alone.
 */
function countRepeats(units: Line[]): void {
  const alike = new Map<number, Line[]>();
  for (const u of units) {
    if (!u.keyLength) continue;
    // Equal keys give equal numbers; numbers shared by different keys only cost a comparison.
    const shape = u.keyLength * 0x10000 + (u.keyWords & 0xffff);
    const same = alike.get(shape);
    if (same) same.push(u);
    else alike.set(shape, [u]);
  }
  for (const same of alike.values()) {
    if (same.length < 2) continue;
    const counts = new Map<string, number>();
    for (const u of same) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
    for (const u of same) u.repeats = counts.get(u.key)!;
  }
}
