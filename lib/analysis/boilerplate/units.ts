import type { ArticleText, BlockKind } from '../types';
import { countWords, isSpaceCode } from '../text/words';
import { joinedWordRuns } from './char-classes';

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
  key: string;
  /** The line in lower case, for the phrase patterns. */
  lower: string;
  /** The word by which the page names the box holding the line ("author", "newsletter"), if any. */
  box?: string;
}

export const normaliseLine = (s: string) => keyOfLower(s.toLowerCase());
/** Letters and digits in runs joined by single spaces. */
const keyOfLower = joinedWordRuns;

/**
 * Splits every block after the headline into lines (a block of a plain-text page may hold several).
 * Linear in the text length.
 */
export function lineUnits(article: ArticleText): LineUnit[] {
  const units: LineUnit[] = [];
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
      units.push({
        start, end: start + line.length, text: line, kind: block.kind, index: 0, total: 0,
        words: countWords(line), linkDensity: density, repeats: 1, key: keyOfLower(lower), lower, box: block.box,
      });
    }
  }
  const counts = new Map<string, number>();
  for (const u of units) if (u.key) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
  units.forEach((u, i) => {
    u.index = i;
    u.total = units.length;
    u.repeats = counts.get(u.key) ?? 1;
  });
  return units;
}
