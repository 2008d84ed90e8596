// "Yves Lévy a été nommé « conseiller d’Etat en service extraordinaire »", "Avant d’être nommée
// ministre de la Culture, Françoise Nyssen dirigeait …", "élue maire": a person appointed or elected
// to an office holds it. The participles of appointment are data of each language.
import type { Doc } from './doc';
import { inLexicon } from '../lexicon';
import { genderOfPhrase, titleAfter } from './names';
import { personFor } from './resolve';
import { QUOTE_MARK } from './clause-basics';

/** Titles the people named as appointed or elected to an office. */
export function titleAppointedPeople(doc: Doc): void {
  const { lex, tokens, reg, text } = doc;
  if (!lex.appointmentWords?.size) return;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!lex.appointmentWords.has(tokens[k].lower) || tokens[k].cap) continue;
    // the office may be quoted as the decree words it ("nommé « conseiller d’Etat … »")
    const h = QUOTE_MARK.test(tokens[k + 1].text) ? k + 2 : k + 1;
    if (!tokens[h] || !inLexicon(lex, lex.titleHeads, tokens[h].lower)) continue;
    // titleAfter reads an apposition after "as": start it two tokens before the head
    const t = titleAfter(text, tokens, h - 2, lex, true);
    if (!t) continue;
    const ri = holderOf(doc, k, t.last);
    if (ri < 0) continue;
    const r = doc.runs[ri];
    const ent = personFor(doc, ri);
    reg.mention(ent, { start: tokens[r.first].start, end: r.end });
    // a quoted office ends at its closing mark
    let end = t.last;
    if (h === k + 2) for (let m = h + 1; m <= t.last; m++) if (QUOTE_MARK.test(tokens[m].text)) { end = m - 1; break; }
    const title = text.slice(tokens[h].start, tokens[end].end);
    reg.setTitle(ent, title, 1);
    const g = genderOfPhrase(title, lex);
    if (g && !ent.gender) ent.gender = g;
  }
}

/**
 * The name run of the person appointed by the participle at `k`: the subject right before its
 * auxiliaries ("Yves Lévy a été nommé"), or the name right after the title's comma ("Avant d’être
 * nommée ministre de la Culture, Françoise Nyssen …"); -1 when neither.
 */
function holderOf(doc: Doc, k: number, titleLast: number): number {
  const { tokens, runs, runAt } = doc;
  let b = k - 1;
  // "a été", "est", "avait été": one to three lower-case words of the verb
  while (b >= 0 && k - b <= 3 && tokens[b].isWord && !tokens[b].cap) b--;
  if (b < k - 1 && b >= 0 && runAt[b] >= 0 && runs[runAt[b]].last === b && runs[runAt[b]].words.length >= 2) return runAt[b];
  const c = titleLast + 1;
  const ri = tokens[c]?.text === ',' ? (runAt[c + 1] ?? -1) : -1;
  return ri >= 0 && runs[ri].first === c + 1 && runs[ri].words.length >= 2 ? ri : -1;
}
