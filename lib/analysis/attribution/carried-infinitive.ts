// "He continued to complain that …", "D’Souza went on to explain that …", "The actors are all quick to
// point out that …", "he refused to say that …": a verb or adjective carries the infinitive of saying,
// and the subject of the carrier is the one who speaks. The noun-phrase reader, going back from the
// verb of saying, meets "to" and the carrier and finds no subject there.
import type { Doc } from './doc';
import { isEnglish } from '../lexicon';
import { npBackward, type Np } from './noun-phrase';

/** Longest stretch between the subject and "to" ("went out of his way", "are all quick"). */
const MAX_CARRIER_TOKENS = 5;

/**
 * Words that open the carrier right after its subject: finite forms of "be" ("is correct to note",
 * "are quick to point out") and carrying verbs whose form a suffix does not show. Any other opener is
 * a verb form in -ed or -s ("continued", "continues", "refused", "wants").
 */
const CARRIER_OPENERS = new Set(['is', 'are', 'was', 'were', 'went', 'goes', 'go', 'took', 'take', 'takes', 'began', 'begin', 'begins', 'seem', 'want', 'try', 'tried', 'continue', 'refuse', 'decline', 'plan', 'hope', 'choose', 'chose', 'rushed', 'moved', 'sought', 'seek', 'seeks']);

/** Words that end the carrier going back: a clause of its own or a new subject lies before them. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'if', 'when', 'while', 'because', 'as', 'to']);

/** Subjects that name nobody ("It is fair to say that …", "There is reason to believe …"). */
const EMPTY_SUBJECTS = new Set(['it', 'there', 'this', 'that', 'what']);

/** "-ed" and "-s" forms that are no carrying verbs ("news", "has"): the opener must be a verb. */
const opensCarrier = (w: string) => CARRIER_OPENERS.has(w) || (w.length > 4 && /(ed|ues|ses|nts|ies)$/.test(w));

/**
 * The subject of a carrier ending in "to" right before the verb of saying at `v`, or null: the noun
 * phrase before the carrier's first word, read back from there (adverbs and auxiliaries skipped).
 */
export function carriedInfinitiveSubject(doc: Doc, ts: number, v: number): Np | null {
  const { tokens, lex } = doc;
  // English word lists: the other lexicons read their carriers after the quotation (infinitive-cues.ts)
  if (!isEnglish(lex) || tokens[v - 1]?.lower !== 'to') return null;
  for (let j = v - 2; j > ts && v - 1 - j <= MAX_CARRIER_TOKENS; j--) {
    const t = tokens[j];
    if (!t.isWord || t.cap || CLAUSE_WORDS.has(t.lower)) return null;
    // "urged voters to say", "asked him to explain": the person urged or asked speaks, not the subject
    const lemma = lex.speechForms.get(t.lower);
    if (lemma !== undefined && lemma !== 'continue') return null;
    if (!opensCarrier(t.lower)) continue;
    const np = npBackward(doc, j - 1, ts);
    if (!np || EMPTY_SUBJECTS.has(tokens[np.last].lower)) continue;
    return np;
  }
  return null;
}
