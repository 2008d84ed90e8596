// Where a reported clause ends: a second report, the reporter's own predicate, the writer's aside,
// a continuation after the attribution.
import { clauseVerb, FINITE, isAdjunctParticiple, MIN_WORDS, QUOTE_MARK, quotationAfter, type Reported, words } from './clause-basics';
import { type Doc, insideQuote } from './doc';
import { looksLikeNoun, type Np, SKIP_BETWEEN } from './noun-phrase';

/** A reported clause, cut before a coordinated second one ("… and says he will …"), which is kept too. */
export function withSecond(doc: Doc, np: Np, cue: string, cs: number, te: number): Reported {
  const [s, e] = coordinated(doc, cs, te);
  if (e === te) return { np, cue, clause: [s, e] };
  const { tokens } = doc;
  // "…, Smith said it would pass": a report of another reporter, not a second one of this speaker
  if (otherReportAfter(doc, e, te)) return { np, cue, clause: [s, e] };
  // "…, claiming that …": a participle of saying right after the comma (or the quotation that holds
  // the comma) reports for the same speaker; "…, and said …", "… but said …" after the conjunction
  let v = e + 1;
  if (tokens[e].text === ',') v = clauseVerb(doc, e + 1, false) ? e + 1 : e + 2;
  else if (clauseVerb(doc, e, false)) v = e;
  if (!clauseVerb(doc, v, false)) return { np, cue, clause: [s, e] };
  let c = v + 1;
  if (tokens[c]?.lower === 'that') c++;
  return { np, cue, clause: [s, e], second: [c, te] };
}

/** Cuts a reported clause before a second verb of saying ("… and says he will expand …"). */
export function coordinated(doc: Doc, cs: number, te: number): [number, number] {
  const { tokens } = doc;
  for (let k = cs + 2; k < te - 2; k++) {
    // "… that it remains in contact, citing …": a participle after a comma belongs to the reporter's sentence
    if (tokens[k].text === ',' && isAdjunctParticiple(tokens[k + 1]) && !insideQuote(doc, tokens[k].start)) return [cs, k];
    // '… was “maniacal,” adding, “…”': the comma may sit inside the quotation's closing mark
    if (tokens[k - 1].text === ',' && QUOTE_MARK.test(tokens[k].text) && !insideQuote(doc, tokens[k].end) && isAdjunctParticiple(tokens[k + 1])) return [cs, k + 1];
    // "… was not intentional; they only learned …": a semicolon closes the reported clause
    if (tokens[k].text === ';' && !insideQuote(doc, tokens[k].start)) return [cs, k];
    // "Although the family suggested he was murdered, Hawk Sawyer told lawmakers …": after the comma
    // that closes an opening clause, another reporter and its own report
    if (otherReportAfter(doc, k, te)) return [cs, k];
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && !insideQuote(doc, tokens[k].start) && newReporter(doc, k + 1, te)) {
      return [cs, tokens[k - 1].text === ',' ? k - 1 : k];
    }
    if ((tokens[k].lower !== 'and' && tokens[k].lower !== 'but') || insideQuote(doc, tokens[k].start)) continue;
    const lemma = clauseVerb(doc, k + 1, false);
    if ((lemma && !tokens[k + 1].lower.endsWith('ing') && !looksLikeNoun(doc, k + 1)) || secondPredicate(doc, k + 1)) return [cs, tokens[k - 1].text === ',' ? k - 1 : k];
  }
  return [cs, te];
}

/** Whether the comma at `k` is followed by another reporter and a report of their own ("…, Smith said it would pass"). */
export function otherReportAfter(doc: Doc, k: number, te: number): boolean {
  const { tokens } = doc;
  return tokens[k]?.text === ',' && !insideQuote(doc, tokens[k].start) && newReporter(doc, k + 1, te) && !inciseAt(doc, k + 1, te);
}

/**
 * "…, Smith said, …": a reporter set between commas inside the report, not a report of its own. A
 * quotation opening after the second comma is that reporter's own words ("When Beck asked who would
 * win, D’Souza replied, “If I had to bet …”"), so the reporter starts a report there; one opening in
 * lower case goes on with the clause ("…, which is an outcome, he said, “we’ve long anticipated.”").
 */
function inciseAt(doc: Doc, i: number, te: number): boolean {
  const { tokens } = doc;
  let v = i + 1;
  while (v < te && v - i < 4 && (tokens[v].cap || tokens[v].text === '.')) v++;
  while (v < te && SKIP_BETWEEN.has(tokens[v].lower)) v++;
  if (v + 1 >= te) return true;
  const next = tokens[v + 2];
  return tokens[v + 1].text === ',' && !(next && QUOTE_MARK.test(next.text) && insideQuote(doc, next.end) && tokens[v + 3]?.cap);
}

/**
 * "… and Democrats accused …", "…, but he said …": after a conjunction, a short subject and a verb of
 * saying start another report, with its own reporter.
 */
function newReporter(doc: Doc, i: number, te: number): boolean {
  const { tokens } = doc;
  const first = tokens[i];
  if (!first?.isWord) return false;
  let v = i + 1;
  if (!/^(he|she|they|we|i)$/.test(first.lower)) {
    if (!first.cap) return false;
    while (v < te && v - i < 4 && (tokens[v].cap || tokens[v].text === '.')) v++;
  }
  while (v < te && SKIP_BETWEEN.has(tokens[v].lower)) v++;
  return !!clauseVerb(doc, v, false) && !tokens[v].lower.endsWith('ing') && !looksLikeNoun(doc, v);
}

/**
 * "… that Russia “respects X” and believes the matter …": a verb form in -s or -ed right after "and",
 * followed by an object, starts a second predicate that the speaker is described as having.
 */
const ADVERB_IN_S = /^(perhaps|always|sometimes|nevertheless|nonetheless|besides|afterwards|towards|unless|whereas|indeed|instead|nowadays)$/;

function secondPredicate(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i];
  if (!t?.isWord || t.cap || !/[^s]s$|ed$/.test(t.lower) || t.lower.length < 5 || ADVERB_IN_S.test(t.lower)) return false;
  return /^(the|a|an|that|to|it|his|her|their|its|this|these|those|he|she|they|we)$/.test(tokens[i + 1]?.lower ?? '');
}

/**
 * "X defended the plan, saying it “works” and rejected …": an "and" before a past-tense verb
 * coordinates with the sentence's own predicate, so the reported clause ends there.
 */
export function mainPredicateAfter(doc: Doc, from: number, te: number): number {
  const { tokens } = doc;
  for (let k = from; k < te - 1; k++) {
    if (tokens[k].lower !== 'and') continue;
    const n = tokens[k + 1];
    if (n.isWord && !n.cap && /ed$/.test(n.lower) && !FINITE.test(tokens[k - 1].lower)) return tokens[k - 1].text === ',' ? k - 1 : k;
  }
  return te;
}

const ASIDE = /^(although|though|whereas|while)$/;

/**
 * "…, although it may take days", "…, while the lower band would …": the writer's own aside after a
 * comma ends the report, when no quotation comes after it.
 */
export function asideCut(doc: Doc, cs: number, ce: number): number {
  const { tokens } = doc;
  for (let k = cs + 3; k < ce - 2; k++) {
    if (tokens[k].text !== ',' || insideQuote(doc, tokens[k].start) || !ASIDE.test(tokens[k + 1].lower)) continue;
    if (!quotationAfter(doc, k + 1, ce)) return k;
  }
  return ce;
}

export const CONTINUES = /^(since|because|as|although|though|while|but|and|even|especially|including|if|when|unless|whereas|so|until|adding|noting)$/;

/**
 * "…, Graham said, since most young voters …" / "…, the agency said in a report, and those …": the
 * reported speech goes on after the attribution; the words after the comma are a second fragment.
 */
export function continuation(doc: Doc, from: number, te: number): [number, number] | null {
  const { tokens } = doc;
  let k = from;
  while (k < te && k - from < 8 && tokens[k].text !== ',' && tokens[k].text !== '.' && tokens[k].text !== ';') k++;
  if (tokens[k]?.text !== ',' || !CONTINUES.test(tokens[k + 1]?.lower ?? '')) return null;
  let s = k + 1;
  if (/^(and|but|so)$/.test(tokens[s].lower)) s++;
  if (/^(adding|noting)$/.test(tokens[s - 1].lower) && tokens[s]?.lower === 'that') s++;
  return words(doc, s, te) >= MIN_WORDS ? [s, te] : null;
}
