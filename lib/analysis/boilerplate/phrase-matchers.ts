import de from './phrases/de.json';
import en from './phrases/en.json';
import es from './phrases/es.json';
import fr from './phrases/fr.json';
import it from './phrases/it.json';
import pl from './phrases/pl.json';
import pt from './phrases/pt.json';
import shared from './phrases/shared.json';
import { isWordCode, LETTER, UPPER, WORD } from './char-classes';
import { isSpaceCode } from '../text/words';
import { anyOf } from './alternatives';
import { openingCues } from './opening-cues';
import { CueIndex } from './phrase-cues';
import { hasTopLevelBar } from './regex-source';
import type { LineUnit } from './units';

/**
 * Phrase categories of the data files (test them on lower-cased text); each compiles to one matcher over all languages.
 * `intro` is a writer greeting the reader ("Hi, I'm…"): the article's own opening at the top, the author box at the end.
 */
export type PhraseCategory =
  | 'subscription' | 'share' | 'copyright' | 'syndication' | 'related'
  | 'advert' | 'bio' | 'intro' | 'print' | 'navigation' | 'comments';

type PhraseFile = Record<PhraseCategory | 'readMore' | 'readMoreBracketed' | 'credit' | 'byline' | 'dateWords', string[]>;
const LANGUAGES: PhraseFile[] = [en, fr, de, es, pt, it, pl];

// JS `\b` only knows ASCII letters; page text is any script, so the data's `\b` means a Unicode boundary.
// The patterns are lower case and run on lower-cased text without the `i` flag: case-folding Unicode
// classes makes V8 compile each regex for tens of milliseconds, on every page the extension sees.
const boundaries = (s: string) =>
  s.replace(/^(\^?)\\b/, `$1(?<!${WORD})`).replace(/\\b$/, `(?!${WORD})`).replaceAll('\\b', `(?:(?<!${WORD})|(?!${WORD}))`);

/** Tests lower-cased text; `categories` (see phraseCategoriesAt) lets lines that cannot match pass quickly. */
export interface PhraseMatcher {
  test(lowerText: string, categories?: number): boolean;
}

/** Every category may match: the text is tested in full. */
const ALL_CATEGORIES = -1;
const WORD_START = `(?<!${WORD})`;
const CUES = new CueIndex();

/**
 * The category's phrases as one matcher. Those that open a word on known cues run only when the line
 * holds one of their cues (see phrase-cues.ts); the others run on every line.
 */
function compile(sources: string[], category: number): PhraseMatcher {
  const cued: string[] = [];
  const always: string[] = [];
  const cues: string[] = [];
  for (const source of sources.map(boundaries)) {
    const opening = source.startsWith(WORD_START) && !hasTopLevelBar(source) ? openingCues(source.slice(WORD_START.length)) : null;
    // The line's side looks only where a word starts: a cue must open on a letter or a digit.
    if (opening?.every((cue) => isWordCode(cue.charCodeAt(0)))) {
      cued.push(source);
      cues.push(...opening);
    } else always.push(source);
  }
  CUES.add(category, cues);
  const everywhere = anyOf(always, 'u');
  const whereCued = anyOf(cued, 'u');
  return {
    test: (lowerText, categories = ALL_CATEGORIES) => everywhere.test(lowerText) || ((categories & category) !== 0 && whereCued.test(lowerText)),
  };
}

const CATEGORIES: PhraseCategory[] = [
  'subscription', 'share', 'copyright', 'syndication', 'related', 'advert', 'bio', 'intro', 'print', 'navigation', 'comments',
];

export const PHRASES: Readonly<Record<PhraseCategory, PhraseMatcher>> = Object.fromEntries(
  CATEGORIES.map((c, i) => [c, compile(LANGUAGES.flatMap((l) => l[c] ?? []), 1 << i)]),
) as Record<PhraseCategory, PhraseMatcher>;

/**
 * The phrase categories (bits) whose phrases may open at `start` of a lower-cased line, a word's first
 * character; what a line's words give together is the `categories` of `PhraseMatcher.test`.
 */
export const phraseCategoriesAt = (lowerText: string, start: number): number => CUES.categoriesAt(lowerText, start);

/** The line holds a phrase of the category. */
export const hasPhrase = (u: LineUnit, category: PhraseCategory): boolean => PHRASES[category].test(u.lower, u.phraseCategories);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Words that introduce a credit ("Photo", "Foto", "Crédito"...), all languages. */
export const CREDIT_WORDS = alternation(LANGUAGES.flatMap((l) => l.credit));
/** Photo agencies and wire services named in credits, and as one alternation. */
export const AGENCY_NAMES: readonly string[] = shared.agencies;
export const AGENCIES = alternation(shared.agencies);
/** Social networks and share-bar labels: a line made only of these is a share bar. */
export const SOCIAL_WORDS: ReadonlySet<string> = new Set(shared.socialWords);
/** Month, weekday and "updated"-type words: a line made of these and figures is a timestamp. */
export const DATE_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.dateWords ?? []));

/**
 * A teaser's closing link, "… Seht selbst! Weiterlesen", "… [czytaj więcej]", "… [więcej…]": the label
 * at the line's end after a space or a stop, perhaps bracketed or followed by an arrow; a single word
 * ("more", "więcej") only in brackets, since a sentence may end in it (test on lower-cased text).
 */
const READ_MORE_LABELS = LANGUAGES.flatMap((l) => l.readMore ?? []);
const MORE_LABELS = LANGUAGES.flatMap((l) => l.readMoreBracketed ?? []);
const READ_MORE_AT_END = new RegExp(
  `(?:(?:^|[\\s.!?…:])\\[?\\s*(?:${alternation(READ_MORE_LABELS)})|\\[\\s*(?:${alternation(MORE_LABELS)}))\\s*(?:…|\\.\\.\\.|[»›>→])?\\s*\\]?$`,
  'u',
);

/** What may follow the label at the line's end: white space, an ellipsis, an arrow, a closing bracket. */
const AFTER_LABEL = new Set([...'….»›>→]']);

/** The line's last word once what may follow a label is dropped ("… weiterlesen »" → "weiterlesen"). */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || AFTER_LABEL.has(text[end - 1]))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

// Every label ends in a letter, so a line that ends in one ends, past the marks that may follow, in
// the label's last word: the regex (tried at every position of the line) runs only on such lines.
const LABEL_LAST_WORDS: ReadonlySet<string> | null = [...READ_MORE_LABELS, ...MORE_LABELS].every((l) => isWordCode(l.charCodeAt(l.length - 1)))
  ? new Set([...READ_MORE_LABELS, ...MORE_LABELS].map(lastWord))
  : null;
export const READ_MORE_END = {
  test: (lowerText: string): boolean => (!LABEL_LAST_WORDS || LABEL_LAST_WORDS.has(lastWord(lowerText))) && READ_MORE_AT_END.test(lowerText),
};

/** Imperatives that open a call to action (test on lower-cased text). */
export const CTA_START = new RegExp(`^(?:${alternation(shared.ctaVerbs)})(?![${LETTER}])`, 'u');

const NAME = `[${UPPER}][${LETTER}.'’-]+`;
const BY = alternation(LANGUAGES.flatMap((l) => l.byline ?? []).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]));
/** A byline line: "By Jane Roe", "Par Jean Dupont and Marie Curie", "Von Anna Schmidt | 12.03.2024". */
export const BYLINE = new RegExp(`^(?:${BY}) ${NAME}(?: ${NAME}){0,3}(?: (?:and|et|und|y|e) ${NAME}(?: ${NAME}){0,3})?(?:\\s*[,|•–-].{0,60})?$`, 'u');
