// "Yves Lévy a été nommé « conseiller d’Etat en service extraordinaire »", "Avant d’être nommée
// ministre de la Culture, Françoise Nyssen dirigeait …", "élue maire": a person appointed or elected
// to an office holds it. So does one who is or becomes it: "Richard Ferrand fut, l’espace d’un mois,
// ministre de la Cohésion des territoires". The participles and copulas are data of each language.
import type { Doc } from './doc';
import { inLexicon } from '../lexicon';
import { genderOfPhrase, titleAfter } from './names';
import { personFor } from './resolve';
import { QUOTE_MARK } from './clause-basics';

/** Titles the people named as appointed or elected to an office. */
export function titleAppointedPeople(doc: Doc): void {
  const { lex, tokens, reg, text } = doc;
  const appointment = lex.appointmentWords;
  const copulas = lex.copulas;
  if (!appointment?.size) return;
  for (let k = 1; k < tokens.length - 1; k++) {
    const w = tokens[k].lower;
    const copula = !!copulas?.has(w);
    if (!(copula || appointment.has(w)) || tokens[k].cap) continue;
    // "fut, l’espace d’un mois, ministre": the office may come after an incise, and after "alors"
    let o = copula ? afterIncise(doc, k + 1) : k + 1;
    if (lex.titleAdverbs?.has(tokens[o]?.lower ?? '')) o++;
    // the office may be quoted as the decree words it ("nommé « conseiller d’Etat … »")
    const quoted = QUOTE_MARK.test(tokens[o]?.text ?? '');
    const from = quoted ? o + 1 : officeStart(doc, o);
    const h = quoted ? from : headFrom(doc, from);
    if (!tokens[h] || !inLexicon(lex, lex.titleHeads, tokens[h].lower)) continue;
    // "il est responsable de …", "c’est général": heads that are adjectives after a copula
    if (copula && lex.predicateAdjectives?.has(tokens[h].lower)) continue;
    // a quoted office is the words up to its closing mark, whatever follows the quotation; titleAfter
    // reads an apposition after "as": start it two tokens before the head
    const end = quoted ? quotedOfficeEnd(doc, h) : (titleAfter(text, tokens, h - 2, lex, true)?.last ?? -1);
    if (end < 0) continue;
    const ri = holderOf(doc, k, end, copula);
    if (ri < 0) continue;
    const r = doc.runs[ri];
    const ent = personFor(doc, ri);
    reg.mention(ent, { start: tokens[r.first].start, end: r.end });
    const title = text.slice(tokens[from].start, tokens[end].end);
    reg.setTitle(ent, title, 1);
    const g = genderOfPhrase(title, lex);
    if (g && !ent.gender) ent.gender = g;
  }
}

/** Words before an office that are not part of it ("was named the new …"): the appointment makes it new. */
const NOT_OF_OFFICE = new Set(['the', 'a', 'an', 'new']);

/** Where the office after an appointment word at `o` starts, past an article and "new". */
function officeStart(doc: Doc, o: number): number {
  const { tokens, lex } = doc;
  let k = o;
  while (k < o + 2 && tokens[k] && (NOT_OF_OFFICE.has(tokens[k].lower) || lex.articles.has(tokens[k].lower))) k++;
  return k;
}

/** The head of an office starting at `from`, past up to three modifiers or capitalised words ("DHS acting secretary"). */
function headFrom(doc: Doc, from: number): number {
  const { tokens, lex } = doc;
  let h = from;
  while (h < from + 3 && tokens[h]?.isWord && !inLexicon(lex, lex.titleHeads, tokens[h].lower) && (tokens[h].cap || lex.titleModifiers.has(tokens[h].lower))) h++;
  return h;
}

/** A token that ends a short phrase of words: anything but a word, an apostrophe or a hyphen. */
const breaksPhrase = (t: { isWord: boolean; text: string }) => !t.isWord && t.text !== '’' && t.text !== '-';

/** The last word of a quoted office opening at `h` ("« conseiller d’Etat en service extraordinaire »"), or -1. */
function quotedOfficeEnd(doc: Doc, h: number): number {
  const { tokens } = doc;
  for (let m = h + 1; m < tokens.length && m - h <= 12; m++) {
    if (QUOTE_MARK.test(tokens[m].text)) return m - 1;
    if (breaksPhrase(tokens[m])) return -1;
  }
  return -1;
}

/** The token after an incise opening at `i` (", l’espace d’un mois,"), or `i` when none opens there. */
function afterIncise(doc: Doc, i: number): number {
  const { tokens } = doc;
  if (tokens[i]?.text !== ',') return i;
  for (let m = i + 1; m < tokens.length && m - i <= 8; m++) {
    if (tokens[m].text === ',') return m + 1;
    if (breaksPhrase(tokens[m])) return i;
  }
  return i;
}

/**
 * The name run of the person appointed by the participle (or the copula) at `k`: the subject right before its
 * auxiliaries ("Yves Lévy a été nommé"), or the name right after the title's comma ("Avant d’être
 * nommée ministre de la Culture, Françoise Nyssen …"); -1 when neither.
 */
function holderOf(doc: Doc, k: number, titleLast: number, copula: boolean): number {
  const { tokens, runs, runAt } = doc;
  let b = k - 1;
  // "a été", "est", "avait été": one to three lower-case words of the verb; a copula may follow its
  // subject directly ("Richard Ferrand fut")
  const auxiliaries = doc.lex.appointmentAuxiliaries;
  while (b >= 0 && k - b <= 3 && tokens[b].isWord && !tokens[b].cap && (!auxiliaries || auxiliaries.has(tokens[b].lower))) b--;
  // "If Donald Trump is elected president": a mere case appoints nobody
  const subject = b >= 0 ? runAt[b] : -1;
  if (subject >= 0 && doc.lex.hypotheticalOpeners?.has(tokens[runs[subject].first - 1]?.lower ?? '')) return -1;
  if ((b < k - 1 || copula) && subject >= 0 && runs[subject].last === b && runs[subject].words.length >= 2) return subject;
  const c = titleLast + 1;
  const ri = tokens[c]?.text === ',' ? (runAt[c + 1] ?? -1) : -1;
  return ri >= 0 && runs[ri].first === c + 1 && runs[ri].words.length >= 2 ? ri : -1;
}
