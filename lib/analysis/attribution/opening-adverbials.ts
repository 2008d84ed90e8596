import type { Doc } from './doc';

/**
 * Opening phrases that name a time or a place, not the speaker, before a sentence's subject:
 * "The day before, at a rally in Beaumont, Tex., Mr. Trump …", "This spring, Paul Manafort told …",
 * "Speaking at a town hall in Salem, New Hampshire, Trump …". English only: the words are data below.
 */

/** Nouns of time that head an opening phrase ("The day before", "That morning", "A few weeks later"). */
const TIME_NOUNS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'weekend', 'morning', 'afternoon', 'evening',
  'night', 'spring', 'summer', 'fall', 'autumn', 'winter', 'hour', 'hours', 'decade', 'decades', 'time', 'times',
]);

/** How many words a time phrase may have before its comma ("A few days later" has four). */
const MAX_TIME_WORDS = 5;

/** Prepositions that put a capitalised place before a comma ("in Salem, New Hampshire, …"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside', 'to']);

/** How many words (and abbreviation dots) a state or country after a town may have ("Tex.", "New Hampshire"). */
const MAX_PLACE_TOKENS = 4;

const commaAfter = (doc: Doc, s: number, limit: number, max: number): number => {
  for (let c = s; c < limit && c - s <= max; c++) if (doc.tokens[c].text === ',') return c;
  return -1;
};

/** "The day before,", "This spring,", "A few days later,": a phrase of lower-case words around a noun of time, then a comma. */
export function opensWithTime(doc: Doc, s: number, limit: number): boolean {
  const { tokens } = doc;
  const c = commaAfter(doc, s, limit, MAX_TIME_WORDS);
  if (c <= s) return false;
  let time = false;
  for (let k = s; k < c; k++) {
    const t = tokens[k];
    if (!t.isWord || doc.runAt[k] >= 0 || (k > s && t.cap)) return false;
    if (TIME_NOUNS.has(t.lower)) time = true;
  }
  return time;
}

/**
 * "… in Salem, New Hampshire, Trump went after Bush": after an adverbial that ended on a place after a
 * preposition, capitalised words alone before the next comma are that place's state or country, unless
 * they name a person of the article ("In Ohio, Trump, the nominee, said").
 */
export function placeAfterPlace(doc: Doc, s: number, limit: number): boolean {
  const { tokens } = doc;
  if (tokens[s - 1]?.text !== ',' || !tokens[s - 2]?.cap) return false;
  let p = s - 2;
  while (p > 0 && (tokens[p].cap || tokens[p].text === '.')) p--;
  if (!PLACE_PREPOSITIONS.has(tokens[p]?.lower ?? '')) return false;
  const c = commaAfter(doc, s, limit, MAX_PLACE_TOKENS);
  if (c <= s || c + 1 >= limit) return false;
  const words: string[] = [];
  for (let k = s; k < c; k++) {
    const t = tokens[k];
    if (t.text === '.' && k > s) continue;
    if (!t.isWord || !t.cap) return false;
    words.push(t.lower);
  }
  return !doc.reg.matchPerson(words);
}
