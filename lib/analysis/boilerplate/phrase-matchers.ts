import de from './phrases/de.json';
import en from './phrases/en.json';
import es from './phrases/es.json';
import fr from './phrases/fr.json';
import pt from './phrases/pt.json';
import shared from './phrases/shared.json';

/** Phrase categories of the data files; each compiles to one case-insensitive regex over all languages. */
export type PhraseCategory =
  | 'subscription' | 'share' | 'copyright' | 'syndication' | 'related'
  | 'advert' | 'bio' | 'print' | 'navigation' | 'comments';

type PhraseFile = Record<PhraseCategory | 'credit', string[]>;
const LANGUAGES: PhraseFile[] = [en, fr, de, es, pt];

// JS `\b` only knows ASCII letters; page text is any script, so the data's `\b` means a Unicode boundary.
const WORD = '[\\p{L}\\p{N}_]';
const UNICODE_BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

function compile(sources: string[]): RegExp {
  const body = sources.map((s) => `(?:${s.replaceAll('\\b', UNICODE_BOUNDARY)})`).join('|');
  return new RegExp(body, 'iu');
}

const CATEGORIES: PhraseCategory[] = [
  'subscription', 'share', 'copyright', 'syndication', 'related', 'advert', 'bio', 'print', 'navigation', 'comments',
];

export const PHRASES: Readonly<Record<PhraseCategory, RegExp>> = Object.fromEntries(
  CATEGORIES.map((c) => [c, compile(LANGUAGES.flatMap((l) => l[c] ?? []))]),
) as Record<PhraseCategory, RegExp>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Words that introduce a credit ("Photo", "Foto", "Crédito"...), all languages. */
export const CREDIT_WORDS = alternation(LANGUAGES.flatMap((l) => l.credit));
/** Photo agencies and wire services named in credits. */
export const AGENCIES = alternation(shared.agencies);
/** Social networks and share-bar labels: a line made only of these is a share bar. */
export const SOCIAL_WORDS: ReadonlySet<string> = new Set(shared.socialWords);
/** Imperatives that open a call to action. */
export const CTA_START = new RegExp(`^(?:${alternation(shared.ctaVerbs)})(?![\\p{L}])`, 'iu');
