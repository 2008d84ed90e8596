// Reporters the noun-phrase reader cannot find next to the verb: a long subject, the subject after a
// participle that opens the sentence.
import { closesQuote, looksLikeClause, type Reported } from './clause-basics';
import { type Doc, insideQuote } from './doc';
import { isEnglish } from '../lexicon';
import { beforeShortAside } from './modified-subject';
import { type Np, npForward, SKIP_BETWEEN } from './noun-phrase';

/**
 * A subject the noun-phrase reader cannot parse ("Experts on trade and tariffs said …", "Those close
 * to him say …"): every word from the sentence start (after a leading adverbial) to the verb, when
 * it is short and holds no comma, quotation or other verb of saying. With `pastAside`, the words
 * before a short aside that closes right before the verb ("Experts and officials, however, said"),
 * null when there is none (read after the modified subjects: "Planners in Portland, for instance,
 * noted" is the head noun and its place).
 */
export function longSubject(doc: Doc, ts: number, v: number, pastAside = false): Np | null {
  const { tokens } = doc;
  let s = ts;
  while (s < v && !tokens[s].isWord) s++;
  if (/^(but|and|so|yet|still)$/.test(tokens[s]?.lower ?? '')) s++;
  if (/^(in|on|at|after|before|during|for|with|by|from|since|while|as|when|however|meanwhile|last|this|yesterday|today|earlier|later|now|then|here|there|if|although|though|because)$/.test(tokens[s]?.lower ?? '')) {
    let c = s;
    while (c < v && tokens[c].text !== ',') c++;
    if (c >= v) return null;
    s = c + 1;
  }
  let e = pastAside ? beforeShortAside(doc, s, v - 1) : v - 1;
  if (pastAside && e === v - 1) return null;
  while (e > s && SKIP_BETWEEN.has(tokens[e].lower)) e--;
  if (e < s || e - s > 9 || e - s < 1) return null;
  for (let k = s; k <= e; k++) {
    const t = tokens[k];
    if (!t.isWord && !/^[-.’'&]$/.test(t.text)) return null;
    if (t.isWord && (doc.lex.speechForms.has(t.lower) || /^(and|but|or|then|who|which|when|if|because|that|is|was|are|were|has|have|had)$/.test(t.lower) && k === e)) return null;
    if (/^(is|was|are|were|has|have|had|will|would|could|can|should|did|does|do)$/.test(t.lower)) return null;
  }
  // "Si bien admitió", "También se le preguntó", "Actualmente se está esperando": a function word, a
  // clitic or an adverb in -mente/-ment opens the clause of a language with its own word lists, no subject
  if (!isEnglish(doc.lex)) {
    const w0 = tokens[s].lower;
    if (doc.lex.nonNameCapitals.has(w0) && !doc.lex.articles.has(w0)) return null;
    let end = e;
    while (end > s && doc.lex.auxiliaries.has(tokens[end].lower)) end--;
    for (let k = s; k <= end; k++) if (doc.lex.auxiliaries.has(tokens[k].lower) || /(?:mente|ment)$/.test(tokens[k].lower)) return null;
  }
  const head = tokens[e];
  if (!head.isWord || (!head.cap && (/(ly|ing)$/.test(head.lower) || /^(it|this|there|not|also|so|too|then|now|just|all|both|each|what|whom|whose)$/.test(head.lower)))) return null;
  return { first: s, last: e };
}

/** "After saying her foot was “swollen,” she was …": the subject follows the participle's clause. */
export function leadingParticiple(doc: Doc, v: number, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  const c = v + 1;
  const cs = tokens[c]?.lower === 'that' ? c : -1;
  let comma = c;
  while (comma < te && (tokens[comma].text !== ',' || (insideQuote(doc, tokens[comma].start) && !closesQuote(doc, comma + 1)))) comma++;
  const main = comma < te ? npForward(doc, closesQuote(doc, comma + 1) ? comma + 2 : comma + 1, te) : null;
  if (!main || (cs < 0 && !looksLikeClause(doc, c, comma))) return null;
  // the comma may sit inside the closing quotation ('…,” she was')
  const end = closesQuote(doc, comma + 1) ? comma + 2 : comma;
  return { np: main, cue: tokens[v].text, clause: [cs >= 0 ? cs : c, end] };
}
