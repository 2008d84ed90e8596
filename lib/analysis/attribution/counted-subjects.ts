// A share of the people as the reporter: "42% say …", "Two in three said …", "nearly three in five
// said …", "Some said …", "Many argue …". The noun-phrase reader takes nouns and names, not numbers
// and signs, and reads "some", "three" as determiners of a noun ("three said" as a noun), so these
// subjects are read here, from the verb backwards.
import type { Doc } from './doc';
import type { Np } from './noun-phrase';

/** Number words a share is written with ("One in four", "two in three"). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred']);

/** Words that soften a share before it ("nearly 40 percent", "only one in ten", "just over"). */
const HEDGES = new Set(['nearly', 'about', 'almost', 'roughly', 'around', 'only', 'just', 'over', 'some', 'approximately', 'fully', 'barely']);

/** What may stand right before a share that opens a subject: a conjunction, or "with" before a participle ("with 22 percent saying"); punctuation is checked apart. */
const BEFORE_SHARE = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'yet', 'with']);

/** Quantity words that stand alone for people before a verb of saying ("Some said", "Others insist"). */
export const PEOPLE_QUANTITIES = new Set(['some', 'many', 'most', 'several', 'others', 'few', 'both']);

const isNumber = (w: string) => /^\d[\d,.]*$/.test(w) || NUMBER_WORDS.has(w) || /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.test(w);

/**
 * The share of people right before the verb at `v` ("42%", "46 percent", "two in three", with a
 * hedge before it, or a quantity word alone: "some", "many"), when it opens its clause: at the sentence start, after punctuation or a
 * conjunction ("…, and one in four said"). Null otherwise ("the vote rose 4 percent said …" has a
 * word before the share).
 */
export function countedSubject(doc: Doc, ts: number, v: number): Np | null {
  const { tokens } = doc;
  const last = v - 1;
  if (last <= ts - 1) return null;
  let first = -1;
  // the word before the verb and the two before it, within the clause
  const word = tokens[last].lower;
  const before1 = last - 1 >= ts ? tokens[last - 1].lower : '';
  const before2 = last - 2 >= ts ? tokens[last - 2].lower : '';
  if (PEOPLE_QUANTITIES.has(word)) first = last;
  else if ((word === '%' || word === 'percent') && isNumber(before1)) first = last - 1;
  else if (isNumber(word) && before1 === 'in' && isNumber(before2)) first = last - 2;
  if (first < 0) return null;
  while (first - 1 >= ts && HEDGES.has(tokens[first - 1].lower)) first--;
  const before = first > ts ? tokens[first - 1] : null;
  if (before && before.isWord && !BEFORE_SHARE.has(before.lower)) return null;
  return { first, last };
}
