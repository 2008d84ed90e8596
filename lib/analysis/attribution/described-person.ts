// "…”, añade el científico", "…«, zeigt sich der ATU-Organisator zurückhaltend", "«…», a expliqué la
// ministre": French, German and Spanish reporting refers back to the person just named by a definite
// description of their role, rarely by the words of their title. When no one holds that title, the
// description names the person the text is talking about.
import type { Np } from './noun-phrase';
import { insideQuote, sentenceOf, type Doc } from './doc';
import type { EntityRec } from './entities';
import { inLexicon } from '../lexicon';

/** How far back a description reaches for its person (a few sentences). */
const REACH = 1500;

/** The gender the article or the noun itself gives a description ("la vicepresidenta", "der Sprecher"). */
function genderOf(doc: Doc, np: Np): 'male' | 'female' | null {
  const { lex, tokens } = doc;
  const byArticle = lex.articleGenders?.get(tokens[np.first].lower);
  if (byArticle) return byArticle;
  const head = tokens[np.last].lower;
  return lex.femaleWords.has(head) ? 'female' : lex.maleWords.has(head) ? 'male' : null;
}

/** A title word names the same office as a person's title ("vice" and "vicepresidenta", either way). */
export function titleHolds(title: string | null, head: string): boolean {
  if (!title) return false;
  for (const w of title.toLowerCase().split(/[^\p{L}-]+/u)) if (w === head || (head.length >= 4 && w.startsWith(head)) || (w.length >= 4 && head.startsWith(w))) return true;
  return false;
}

/** Whether the words of a person's title hold no word of the description ("glaciólogo" vs "presidenta"). */
const titledOtherwise = (e: EntityRec, head: string) => !!e.title && !titleHolds(e.title, head);

/**
 * The person a definite role description stands for: the one mentioned last in the same paragraph, or
 * else the last one before it of the description's gender (when it has one, known, not merely
 * possible) whose title, if any, is not another office; a description with its owner (`owned`) only
 * the person of its paragraph. Only in languages whose
 * definite titles stand for people (`definiteArticles`), and only for a role noun with its article.
 */
export function describedPerson(doc: Doc, np: Np, head: string, at: number, owned = false): EntityRec | null {
  const { lex, reg, tokens, blocks } = doc;
  const described = np.first + 1 === np.last && !!lex.personDescriptions && inLexicon(lex, lex.personDescriptions, head);
  if (!lex.definiteArticles.has(tokens[np.first].lower) || !(described || inLexicon(lex, lex.titleHeads, head))) return null;
  // "el secretario general de La Cámpora": a description with a named owner is a title of its own
  for (let k = np.first + 1; k <= np.last; k++) if (tokens[k].cap && doc.runAt[k] >= 0) return null;
  const gender = genderOf(doc, np);
  const fits = (e: EntityRec) => (e.type === 'person' || rolePlayer(doc, e)) && (!gender || !e.gender || e.gender === gender);
  // "Nach Berichten, wonach Kim erkrankt sei, hatte der Sicherheitsberater … gesagt": a description
  // does not take up a person named earlier in its own sentence (that would be a pronoun)
  const own = sentenceOf(doc, at);
  const skip = (pos: number) => insideQuote(doc, pos) || (!!own && pos >= own.start && pos < at);
  const block = blocks.find((b) => b.start <= at && at < b.end);
  const inParagraph = block ? reg.antecedent(at, fits, skip, at - block.start) : null;
  // further back, a gendered description needs a person known to be of that gender
  // (an unnamed official's gender is seldom written: "un alto cargo" is "el funcionario" all the same)
  const known = (e: EntityRec) => fits(e) && (!gender || e.gender === gender || e.type === 'unnamed') && !titledOtherwise(e, head);
  // "der Sicherheitsberater der südkoreanischen Regierung": with its owner the description says whom
  // it means, so it reaches no further back than its paragraph for someone it would be a guess about
  if (owned) return inParagraph;
  // a description that is no office ("der Franzose", "der 58-Jährige") takes the last person it may fit
  return inParagraph ?? reg.antecedent(at, described ? fits : known, skip, REACH) ?? (gender && !described && np.first + 1 === np.last ? onlyOneOf(doc, known, at) : null);
}

/**
 * "un alto cargo de defensa norteamericano aclaró …" then "…», manifestó el funcionario": an unnamed
 * source described by one role (a title word, singular) is someone a later description can stand for.
 */
function rolePlayer(doc: Doc, e: EntityRec): boolean {
  if (e.type !== 'unnamed') return false;
  const words = e.name.toLowerCase().split(/\s+/);
  return words.some((w, k) => inLexicon(doc.lex, doc.lex.titleHeads, w) || (k > 0 && doc.lex.titleHeads.has(`${words[k - 1]} ${w}`)));
}

/**
 * "la vicepresidenta" far from the last mention of the one woman the article has named so far: with a
 * single person of the description's gender before it, the description can only be hers. A bare title
 * only: "der junge Polizist" brings in someone new.
 */
function onlyOneOf(doc: Doc, known: (e: EntityRec) => boolean, at: number): EntityRec | null {
  let only: EntityRec | null = null;
  for (const e of doc.reg.all) {
    if (e.firstAt >= at || !known(e)) continue;
    if (only) return null;
    only = e;
  }
  return only;
}

/** Below every title written beside the name (1 and more), so that those always win. */
const LENT_TITLE_SCORE = 0.3;

/**
 * "…», apuntó la vicepresidenta", "dijo el secretario general de La Cámpora": a role description that
 * stands for a person named elsewhere is that person's title when the text gives them none beside
 * their name. The fuller description wins ("la vicepresidenta" over "la vice").
 */
export function lendTitle(doc: Doc, e: EntityRec, first: number, last: number): void {
  const { tokens, text, lex } = doc;
  // "el funcionario", "le porte-parole": words that mostly stand for unnamed sources make no title
  const head = tokens[first]?.lower ?? '';
  if (e.type !== 'person' || first > last || !inLexicon(lex, lex.titleHeads, head) || lex.unnamedSourceNouns.has(head)) return;
  const title = text.slice(tokens[first].start, tokens[last].end);
  doc.reg.setTitle(e, title, LENT_TITLE_SCORE + Math.min(title.length, 40) / 400);
}
