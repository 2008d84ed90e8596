import { UPPER } from './char-classes';
import { hasPhrase } from './phrase-matchers';
import type { LineUnit } from './units';

/**
 * Related-story blocks: a short label ("Trending", "More:", "DON'T MISS", "À lire aussi :") followed
 * by a list of links. Each headline alone is a link-heavy line that could be anything; under such a
 * label the whole list is teasers, and so is the label. Promo headlines in these lists are otherwise
 * read as the article's own sentences ("Airline went into records…, engineer says" as a quote).
 */

/** A line that is mostly link text: a teaser headline. */
const LINKED = 0.5;
const MAX_LABEL_WORDS = 6;
const MAX_TEASER_WORDS = 30;
const CAPITALS = new RegExp(`[${UPPER}]{2}`, 'u');

/** The line is worded as a related-links label in any of our languages. */
const namedLabel = (u: LineUnit) => u.words <= MAX_LABEL_WORDS && hasPhrase(u, 'related');

/** A short line set apart as a label: a heading, a line ending in a colon, or all capitals. */
function labelShaped(u: LineUnit): boolean {
  if (u.words > MAX_LABEL_WORDS || /[.!?,;"”»]$/u.test(u.text)) return false;
  return u.kind === 'heading' || /:$/.test(u.text) || (u.text.length >= 4 && u.text === u.text.toUpperCase() && CAPITALS.test(u.text));
}

const teaser = (u: LineUnit) => u.linkDensity >= LINKED && u.words <= MAX_TEASER_WORDS;

/** Two or more short headings or list items in a row: story cards whose links the page did not keep. */
function cardRun(units: LineUnit[], from: number): boolean {
  let n = 0;
  for (let j = from; j < units.length && n < 2; j++, n++) {
    const u = units[j];
    if ((u.kind !== 'heading' && u.kind !== 'list-item') || u.words > 20) return false;
  }
  return n >= 2;
}

/**
 * Indexes of the labels and the lines of the lists they open. After a label worded as one, the list
 * also takes in the teasers' own summary, author and date lines while they are list items or
 * headings (a card per story), and may open on such cards when the page dropped their links ("Weitere
 * Beiträge zum Thema" over bare headlines); after a label known only by its shape, only link lines follow.
 */
export function relatedSections(units: LineUnit[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < units.length - 1; i++) {
    const label = units[i];
    const named = namedLabel(label);
    if (!named && !labelShaped(label)) continue;
    if (!teaser(units[i + 1]) && !(named && cardRun(units, i + 1))) continue;
    found.add(i);
    let j = i + 1;
    for (; j < units.length; j++) {
      const u = units[j];
      const card = named && (u.kind === 'list-item' || u.kind === 'heading');
      if (!teaser(u) && !card) break;
      found.add(j);
    }
    i = j - 1;
  }
  return found;
}
