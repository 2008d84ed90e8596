import type { Span } from '../types';
import type { Found } from './attribute-quotes';
import { MIN_WORDS, OBJECT_VERBS, QUOTE_MARK, words } from './clause-basics';
import type { Doc } from './doc';
import { isEnglish } from '../lexicon';
import { tokenAt } from './tokens';
import { clauseAfterPersonTold } from './told-clauses';

type Sentence = Span & { block: number };

/** Words that join a second report to the first ("… and said …"). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'et', 'und', 'y']);

/**
 * Mixed speech: "Sexton said he holds his roots “very near and dear to my heart.”" reports the whole
 * clause, of which the quotation is a part; "Cruz is praising Bush as “a man who …”" its object and
 * complement. A partial quotation whose verb of saying (or weak verb of speech) comes before it in
 * the sentence (and that no reported clause took in) becomes the clause from after the verb to the end
 * of the sentence; the quotation's speaker speaks it.
 */
export function widenMixed(doc: Doc, found: Found[], sentences: readonly Sentence[]): void {
  const { tokens, lex } = doc;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.type !== 'partial' || f.cueAt === undefined || !f.ent) continue;
    const lemma = lex.speechForms.get(tokens[f.cueAt].lower);
    // "called the idea a “ridiculous proposition,”", "accused him of staging a “freak out”": a weak
    // verb's object and its complement are reported with the words quoted in them (in English, where
    // PolNeAR measured it; the French pages keep such quotations as partial quotes)
    const weakWidens = isEnglish(lex) && lex.weakVerbs.has(lemma ?? '');
    if (!lemma || !((lex.clauseVerbs.has(lemma) && !lex.weakVerbs.has(lemma)) || weakWidens)) continue;
    const s = sentenceAt(sentences, f.start);
    if (!s) continue;
    const qt = tokenAt(tokens, f.start);
    let cs = f.cueAt + 1;
    // "hatte der Berater gesagt, Kim lebe und sei „wohlauf“": the comma after the verb opens the clause
    if (tokens[cs]?.text === ',') cs++;
    // "sagt ATU-Organisator Gutierrez gegenüber »nd«": a verb-second verb has its subject and objects
    // after it; the reported clause opens only at a comma or a complementiser ("sagte er, dass …")
    else if (lex.verbSecond) {
      cs = verbSecondClauseStart(doc, cs, qt);
      if (cs < 0) continue;
    }
    // "told reporters that …", "told the crowd he …": the clause starts at "that" or its subject; the
    // person told is not reported
    if (OBJECT_VERBS.has(lemma)) {
      cs = clauseAfterPersonTold(doc, cs, qt);
      if (cs < 0) continue;
    }
    // "that" stays with the clause, as reported clauses elsewhere keep it
    if (cs >= qt) continue;
    // the words between verb and quotation are plain prose: no other verb of saying, no sentence break
    let plain = true;
    for (let k = cs; k < qt - 1 && plain; k++) if (lex.speechForms.has(tokens[k].lower) && !lex.nounLikeVerbs.has(tokens[k].lower)) plain = false;
    if (!plain) continue;
    let ce = tokenAt(tokens, s.end);
    ce = Math.min(ce, secondReportAt(doc, tokenAt(tokens, f.end) + 1, ce));
    while (ce > cs && !tokens[ce - 1].isWord && !QUOTE_MARK.test(tokens[ce - 1].text)) ce--;
    if (ce <= cs || tokens[ce - 1].end < f.end || words(doc, cs, ce) < MIN_WORDS) continue;
    const start = tokens[cs].start;
    const end = tokens[ce - 1].end;
    // another quote or report in the clause with its own speaker leaves the sentence alone
    let j = i + 1;
    let clash = false;
    for (; j < found.length && found[j].start < end; j++) if (found[j].type !== 'partial' || found[j].ent !== f.ent) clash = true;
    if (clash || (i > 0 && found[i - 1].end > start)) continue;
    found.splice(i + 1, j - i - 1);
    found[i] = { ...f, start, end, type: 'indirect' };
  }
}

/**
 * "said there is “…,” adding that …", "called it “…” and said …": a verb of saying right after a comma
 * or a joining word, past the quotation, opens a report of its own; the clause ends before the joint.
 * Token index where the clause ends (exclusive), in [from, to], else `to`.
 */
function secondReportAt(doc: Doc, from: number, to: number): number {
  const { tokens, lex } = doc;
  for (let k = from; k < to; k++) {
    if (!lex.speechForms.has(tokens[k].lower) || lex.nounLikeVerbs.has(tokens[k].lower)) continue;
    // "… and added, “I frankly cringe …”": a verb that opens a direct quotation reports no clause of its own
    if (/^[,:]$/.test(tokens[k + 1]?.text ?? '') && QUOTE_MARK.test(tokens[k + 2]?.text ?? '')) continue;
    const joint = tokens[k - 1];
    if (joint.text === ',' || CLAUSE_JOINERS.has(joint.lower)) return k - 1;
    // the comma may sit inside the closing quotation mark ("as “fantastic,” telling reporters …")
    if (QUOTE_MARK.test(joint.text) && tokens[k - 2]?.text === ',') return k;
  }
  return to;
}

/** Where the clause after a verb-second verb opens: after a comma or at a complementiser before token `qt`, else -1. */
function verbSecondClauseStart(doc: Doc, from: number, qt: number): number {
  const { tokens, lex } = doc;
  for (let k = from; k < qt; k++) {
    if (lex.complementizers.has(tokens[k].lower)) return k;
    if (tokens[k].text === ',') return k + 1;
  }
  return -1;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= offset ? s : null;
}
