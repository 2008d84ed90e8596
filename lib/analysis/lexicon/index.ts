import { EN } from './en';
import { FR } from './fr';
import { DE } from './de';
import { ES } from './es';
import type { LexiconData } from './types';

export type { LexiconData } from './types';

/**
 * Every lexicon as an object of the same properties in the same order (lists a language lacks are
 * undefined). The rules read `doc.lex.*` at nearly every token; English, written as a literal, and the
 * compiled languages were objects of two hidden classes, which made those reads polymorphic in V8.
 * The analysis asks `lexiconFor` for them: a language module's own object is not the one `isEnglish` knows.
 */
function sameShape(lexicons: LexiconData[]): LexiconData[] {
  const keys = new Set(lexicons.flatMap((lex) => Object.keys(lex)));
  const shape = Object.fromEntries([...keys].map((key) => [key, undefined]));
  return lexicons.map((lex) => ({ ...shape, ...lex }) as LexiconData);
}

const [en, fr, de, es] = sameShape([EN, FR, DE, ES]);
const LEXICONS: Record<string, LexiconData> = { en, fr, de, es };

/** The word lists for a language tag ("en-GB" -> en); English when the language has none yet. */
export function lexiconFor(lang: string | null | undefined): LexiconData {
  const base = (lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  return LEXICONS[base] ?? en;
}

/**
 * Whether these are the English lists (which also serve languages that have none yet): rules whose
 * word lists or measured evidence are English ask this, rather than guessing from another list.
 */
export function isEnglish(lex: LexiconData): boolean {
  return lex === en;
}

const suffixCache = new WeakMap<Set<string>, string[]>();
/** The words of `set` long enough to end a compound, longest first. */
function compoundEnds(set: Set<string>): string[] {
  let ends = suffixCache.get(set);
  if (!ends) {
    ends = [...set].filter((w) => w.length >= 4 && !w.includes(' ')).sort((a, b) => b.length - a.length);
    suffixCache.set(set, ends);
  }
  return ends;
}

/**
 * Whether a lower-case word is in `set`, or (in a language that writes compounds as one word) ends
 * in one of its words: "bundesinnenminister" and "us-präsident" hold "minister" and "präsident".
 */
export function inLexicon(lex: LexiconData, set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  if (!lex.compounds || word.length < 6) return false;
  let seen = compoundSeen.get(set);
  if (!seen) compoundSeen.set(set, (seen = new Map()));
  let found = seen.get(word);
  if (found === undefined) {
    const dash = word.lastIndexOf('-');
    found = (dash > 0 && set.has(word.slice(dash + 1))) || compoundEnds(set).some((end) => word.length > end.length + 2 && word.endsWith(end));
    if (seen.size > 20000) seen.clear();
    seen.set(word, found);
  }
  return found;
}

/** Compound words already looked up, per word set (pages repeat their nouns). */
const compoundSeen = new WeakMap<Set<string>, Map<string, boolean>>();
