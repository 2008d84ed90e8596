import { LETTER } from '../boilerplate/char-classes';

/** Capitalised function words that say nothing about who or what a sentence is about. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'to', 'for', 'by', 'from', 'with', 'as', 'and', 'but', 'or', 'so',
  'if', 'when', 'while', 'after', 'before', 'since', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'mr', 'mrs', 'ms', 'dr', 'there', 'here', 'then',
  'le', 'la', 'les', 'un', 'une', 'il', 'elle', 'ils', 'elles', 'on', 'mais', 'et', 'en', 'au', 'aux', 'des', 'du', 'm', 'mme',
  'der', 'die', 'das', 'ein', 'eine', 'er', 'sie', 'es', 'wir', 'und', 'aber', 'im', 'am', 'herr', 'frau',
  'el', 'los', 'las', 'una', 'ella', 'ellos', 'pero', 'y', 'o', 'os', 'as', 'um', 'uma', 'ele', 'ela', 'eles', 'mas', 'e', 'no', 'na', 'sr', 'sra',
]);

/** Capitalised words of a sentence (lower-cased, function words dropped), and whether its first content word is one. */
export function namesOf(sentence: string): { names: string[]; startsWithName: boolean } {
  const names: string[] = [];
  let startsWithName = false;
  const re = new RegExp(`[0-9${LETTER}]+`, 'gu');
  let first = true;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) continue;
    if (word[0] !== lower[0]) {
      names.push(lower);
      if (first) startsWithName = true;
    }
    first = false;
  }
  return { names, startsWithName };
}

/**
 * Sentences built on one template ("X is streaming on Y", "Z is streaming on Y") share most of their
 * words yet are about different things: the shorter one's names must be in the longer one, save one
 * name that is not its subject.
 */
export function sameSubject(shorter: { names: string[]; startsWithName: boolean }, longerWords: ReadonlySet<string>): boolean {
  const missing = shorter.names.filter((n) => !longerWords.has(n));
  if (missing.length >= 2) return false;
  return !(missing.length === 1 && shorter.startsWithName && missing[0] === shorter.names[0]);
}
