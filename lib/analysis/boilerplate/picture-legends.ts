import type { BoilerplateReason } from '../types';
import { LETTER } from './char-classes';
import { quotesSomeone } from './rules';
import type { LineUnit } from './units';

/**
 * A picture's legend set as a plain paragraph, which the extraction cannot tell from the story's text by
 * its element: "Maria Tillessen (l.) und Alexandra Sackmann … mit dem Künstler Gunter Demnig". The words
 * that place people in a picture ("(l.)", "(from left)", "(à droite)") give it away: a story's own
 * sentences have no use for them. (The line above a credit line is no such sign: measured on
 * trafilatura's set it is as often the story's paragraph above an uncaptioned photo.)
 */

/** Longest line (in words) read as a legend. */
const MAX_LEGEND_WORDS = 40;

// "(l.)", "(r.)", "(v.l.)", "(v. l. n. r.)", "(links)", "(Mitte)", "(left)", "(from left)", "(à droite)",
// "(izquierda)", "(esq.)": someone's place in the picture, in parentheses.
const PLACE_IN_PICTURE = new RegExp(
  `\\((?:l|r|li|re|m|v\\. ?l\\.(?: ?n\\. ?r\\.)?|links|rechts|mitte|left|right|center|centre|from left|from right|l-r|à gauche|à droite|au centre|de g\\. à d\\.|izquierda|derecha|centro|esq|dir)\\.?\\)(?![${LETTER}])`,
  'u',
);

const legendShaped = (u: LineUnit) =>
  (u.kind === 'paragraph' || u.kind === 'caption') && u.words <= MAX_LEGEND_WORDS && !u.text.endsWith(':') && !quotesSomeone(u);

/** Indexes of the short lines that place people in a picture. */
export function pictureLegends(units: LineUnit[], reasons: readonly (BoilerplateReason | null)[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (reasons[i] || !legendShaped(u)) continue;
    // Most lines hold no parenthesis at all: they are passed over without running the pattern.
    if (u.lower.includes('(') && PLACE_IN_PICTURE.test(u.lower)) found.push(i);
  }
  return found;
}
