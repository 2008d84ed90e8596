// The shapes of reported speech in one sentence: "According to X, …", "…, X said", "A, X said, B",
// "X said (that) …" and the naming, calling and asking reports.
import { askReport, reportingForms } from './ask-report';
import { asReportAfter, asReportBefore } from './as-reports';
import { complementizerAhead } from './complementizer-ahead';
import { clauseVerb, DAY, isAdjunctParticiple, looksLikeClause, MIN_WORDS, OBJECT_VERBS, quotationAfter, words, type Reported } from './clause-basics';
import { continuation, CONTINUES, mainPredicateAfter, withSecond } from './clause-bounds';
import { COUNTS_WITH_NUMBER, leadInWords, MAX_LEAD_IN, SHORT_LEAD_IN, speechVerbIn, NEEDS_THAT, NOT_CLAUSE, NP_OBJECT, quotationOpensClause, reportAhead, thatAfterAdverbial, TIME_START, verbInLeadIn } from './clause-starts';
import { nextCueWord } from './cue-words';
import { cueAfter, type CueHit, sentenceSubject, sourcePhraseAt, sourceWords } from './cues';
import { type Doc, insideQuote } from './doc';
import { callingReport, namingReport } from './naming-reports';
import { looksLikeNoun, type Np, npBackward, npForward, SKIP_BETWEEN, withRelative } from './noun-phrase';
import { leadingParticiple, longSubject } from './reporter-subjects';
import { modifiedSubject } from './modified-subject';
import { countedSubject } from './counted-subjects';
import { carriedInfinitiveSubject } from './carried-infinitive';
import { adverbialClauseAlone, adverbialPhrase } from './adverbial-phrases';
import { namesAThing } from './naming-participles';
import { isEnglish } from '../lexicon';

/** How far into a sentence its verb of saying may sit (long adverbials and appositions come first). */
const MAX_SUBJECT_SPAN = 30;

const APPOSITION_START = /^(who|which|whose|a|an|the|his|her|their|its|one|chief|head|president|director|spokesman|spokeswoman|spokesperson|professor|senior|former|deputy)$/;

// tested at every token from a sentence's end, so a set lookup rather than a regular expression
const CLOSING_MARKS = new Set(['"', '”', '’', "'"]);

const ADVERBIAL_START = /^(on|in|at|during|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|previously|to|by|when|after|before|via)$/;

/** The report of the sentence [ts, te), if it reports what someone said. */
export function reported(doc: Doc, ts: number, te: number, headline: boolean): Reported | null {
  // every pattern below rests on a cue word (cue-words.ts), at most two tokens past the sentence's end
  // (as `cueAfter` reads): most sentences hold none and report nothing
  return nextCueWord(doc, ts) >= te + 2 ? null : reportedAnyWords(doc, ts, te, headline);
}

/** `reported` without its cue-word gate (tests check that the gate never changes an answer). */
export function reportedAnyWords(doc: Doc, ts: number, te: number, headline: boolean): Reported | null {
  const { tokens } = doc;
  // According to X, CLAUSE.
  if (tokens[ts].lower === 'according' && tokens[ts + 1]?.lower === 'to') {
    let c = ts + 2;
    while (c < te && tokens[c].text !== ',') c++;
    const np = sourceWords(doc, ts + 2, c + 1) ?? npForward(doc, ts + 2, c);
    if (np && c < te) return { np, cue: 'according to', clause: [c + 1, te] };
  }
  // As X reported, CLAUSE.  /  CLAUSE, as X noted.
  const asHit = asReportBefore(doc, ts, te) ?? asReportAfter(doc, ts, te);
  if (asHit) return asHit;
  // What the cue after each comma was, kept for "A, X said, B" below, which asks again after the
  // commas near the sentence's start (a quarter of all cue look-ups; the answer depends only on c).
  const cueAfterComma = new Map<number, CueHit | null>();
  const closing = reportBeforeClosingCue(doc, ts, te, cueAfterComma);
  if (closing !== undefined) return closing;
  return reportAroundIncise(doc, ts, te, cueAfterComma) ?? reportFromVerb(doc, ts, te, headline);
}

// The patterns below are functions of their own rather than one long function: V8 optimises a function
// only once it has run long enough for its size, and compiles a long one for longer. As one function of
// 250 lines this was first optimised after more than 53 analyses, in a 182 ms compile (`npm run
// instructions` counts the difference).

/**
 * "CLAUSE, X said.", "CLAUSE, said X.", "CLAUSE, according to X(, and …).": the report of a cue after a
 * comma near the sentence's end; null when the sentence reports nothing, undefined when the other
 * patterns are to be tried. Files the cue found after each comma in `cueAfterComma`.
 */
function reportBeforeClosingCue(doc: Doc, ts: number, te: number, cueAfterComma: Map<number, CueHit | null>): Reported | null | undefined {
  const { tokens } = doc;
  for (let c = te - 2; c > ts + 2 && te - c < 40; c--) {
    // 'The summit achieved "too little," he said.': the comma inside a quotation that the clause ends
    // with; a short lead-in of the clause's own words comes first (a quotation opening it is direct
    // speech, and after a long lead-in the quotation stands on its own)
    let cut = c;
    const lead = tokens[c - 1].text === ',' && CLOSING_MARKS.has(tokens[c].text) && !insideQuote(doc, tokens[c].end) ? leadInWords(doc, ts, c) : 0;
    let from = ts;
    if (lead >= 2 && lead <= MAX_LEAD_IN && (lead <= SHORT_LEAD_IN || !speechVerbIn(doc, ts, c))) {
      cut = c + 1;
      // "X said she felt … because “…,” she said.": the report starts after the lead-in's own verb
      const inner = verbInLeadIn(doc, ts, c);
      if (inner >= 0) from = tokens[inner + 1]?.lower === 'that' ? inner + 2 : inner + 1;
    } else if (sourceWithoutComma(doc, ts, c)) {
      // "Clinton leads by 271 delegates according to a count by the AP": the clause ends with its last word
      cut = c + 1;
    } else if (tokens[c].text !== ',' && !sourceAfterDash(doc, c)) continue;
    const hit = cueAfter(doc, c + 1, te);
    cueAfterComma.set(c, hit);
    if (!hit?.np) continue;
    if (hit.where === 'according' && hit.at !== c + 1) continue;
    let tail = hit.where === 'after' ? Math.max(hit.at, hit.np.last) : hit.np.last;
    // "…, the senator told a radio host on Friday.": the person told is part of the cue
    if (hit.where === 'after' && hit.np.last < hit.at && OBJECT_VERBS.has(doc.lex.speechForms.get(tokens[hit.at].lower) ?? '')) {
      const obj = npForward(doc, hit.at + 1, te);
      if (obj) tail = obj.last;
      else if (/^(him|her|them|me|us|you|reporters)$/.test(tokens[hit.at + 1]?.lower ?? '')) tail = hit.at + 1;
    }
    // "Am Sonntag, 15. März, verkündete X, dass …": before a verb-second verb whose report follows,
    // the words are an adverbial, not what was said
    if (doc.lex.verbSecond && tokens[tail + 1]?.text === ',' && doc.lex.complementizers.has(tokens[tail + 2]?.lower ?? '')) {
      return words(doc, tail + 2, te) > MIN_WORDS ? { np: hit.np, cue: hit.cue, clause: [tail + 2, te] } : null;
    }
    const rest = te - tail;
    const next = tokens[tail + 1]?.text;
    const after2 = tokens[tail + 2]?.lower ?? '';
    // after ", said X" an apposition may follow; after ", X said" a comma opens the rest of the report
    const nameLast = hit.np.last > hit.at;
    const closes = rest <= 2 || next === ';' || next === '.' || (ADVERBIAL_START.test(tokens[tail + 1]?.lower ?? '') && !reportAhead(doc, tail + 1, te)) ||
      (next === ',' && ((nameLast && (APPOSITION_START.test(after2) || doc.lex.titleHeads.has(after2) || doc.lex.titleModifiers.has(after2))) || after2 === 'and' || after2 === 'but')) ||
      (hit.where === 'according' && sourceClosed(doc, tail + 1));
    // "A, he told me on Friday, is …": a parenthetical before the predicate, read by the next pattern
    let pc = tail + 1;
    if (tokens[pc]?.lower === 'on' && DAY.test(tokens[pc + 1]?.lower ?? '')) pc += 2;
    const b = tokens[pc + 1];
    const titleWord = !!b && nameLast && (doc.lex.titleHeads.has(b.lower) || doc.lex.titleModifiers.has(b.lower));
    if (tokens[pc]?.text === ',' && b?.isWord && !b.cap && !CONTINUES.test(b.lower) && !APPOSITION_START.test(b.lower) && !titleWord && !isAdjunctParticiple(b)) continue;
    const more = continuation(doc, tail + 1, te);
    if (!closes && !more) continue;
    // "In a 1963 speech, he declared: …": a scene-setting phrase is not what was said
    if (isEnglish(doc.lex) && (adverbialPhrase(doc, from, cut) || adverbialClauseAlone(doc, from, cut))) continue;
    return { np: hit.np, cue: hit.cue, clause: [from, cut], second: more ?? undefined };
  }
  return undefined;
}

/** "A, X said, B.": a reporter between commas near the sentence's start (cues looked up after commas are reused). */
function reportAroundIncise(doc: Doc, ts: number, te: number, cueAfterComma: Map<number, CueHit | null>): Reported | null {
  const { tokens } = doc;
  for (let c = ts + 1; c < te - 4 && c - ts < 14; c++) {
    if (tokens[c].text !== ',') continue;
    const known = cueAfterComma.get(c);
    const hit = known !== undefined ? known : cueAfter(doc, c + 1, te);
    // "Since last November, according to Human Rights Watch, security forces have …" (a phrase of
    // several words: "selon", "laut" also open adjuncts between commas)
    const according = hit?.where === 'according' && hit.at === c + 1 && sourcePhraseAt(doc, hit.at) > 1;
    if (!hit?.np || (hit.where !== 'after' && !according)) continue;
    let tail = according ? hit.np.last : Math.max(hit.at, hit.np.last);
    // "The difference, he told me on Friday, is …": the person told and a short time phrase
    if (hit.np.last < hit.at && OBJECT_VERBS.has(doc.lex.speechForms.get(tokens[hit.at].lower) ?? '')) {
      const obj = /^(him|her|them|me|us|you|reporters)$/.test(tokens[tail + 1]?.lower ?? '') ? { last: tail + 1 } : npForward(doc, tail + 1, te);
      if (obj) tail = obj.last;
      if (tokens[tail + 1]?.lower === 'on' && DAY.test(tokens[tail + 2]?.lower ?? '')) tail += 2;
    }
    if (tokens[tail + 1]?.text !== ',' || (hit.np.last > hit.at && APPOSITION_START.test(tokens[tail + 2]?.lower ?? ''))) continue;
    return { np: hit.np, cue: hit.cue, clause: [tail + 2, te], extra: c - ts >= 2 ? [ts, c] : undefined };
  }
  return null;
}

/** "X said (that) CLAUSE.", "…, saying that …" and the naming, calling and asking reports: from the verb on. */
function reportFromVerb(doc: Doc, ts: number, te: number, headline: boolean): Reported | null {
  const { tokens } = doc;
  const reporting = reportingForms(doc.lex);
  // every report below starts at a verb of saying (or asking), and those are cue words: the scan steps
  // from one cue word to the next
  for (let v = nextCueWord(doc, ts + 1); v < te - 3 && v - ts < MAX_SUBJECT_SPAN; v = nextCueWord(doc, v + 1)) {
    if (!reporting.has(tokens[v].lower)) continue;
    const hit = reportAtVerb(doc, v, ts, te, headline);
    if (hit) return hit;
  }
  return null;
}

/** The report whose verb of saying (or asking) is token `v`, or null. */
function reportAtVerb(doc: Doc, v: number, ts: number, te: number, headline: boolean): Reported | null {
  const { tokens } = doc;
  const naming = namingReport(doc, v, ts, te) ?? callingReport(doc, v, ts, te) ?? askReport(doc, v, ts, te);
  if (naming) return naming;
  const lemma = clauseVerb(doc, v, headline);
  if (!lemma || namesAThing(doc, v)) return null;
  // "tweets saying that …", "a statement saying that …": the participle before "that" is a verb
  const ingThat = tokens[v].lower.endsWith('ing') && tokens[v + 1]?.lower === 'that';
  // "Some said", "Two in three said": a share of people before the verb, not a determiner of a noun
  const counted = countedSubject(doc, ts, v);
  // "He continued to complain that …": after a verb carrying it, the form after "to" is a verb, and
  // the carrier's subject speaks
  const carrier = carriedInfinitiveSubject(doc, ts, v);
  if (!counted && !carrier && looksLikeNoun(doc, v) && !(tokens[v - 1].lower === 'by' && tokens[v].lower.endsWith('ing')) && !ingThat) return null;
  const prev = tokens[v - 1].lower;
  const be = prev === 'was' || prev === 'were' || prev === 'been' || prev === 'be' || prev === 'is' || prev === 'are';
  const progressive = tokens[v].lower.endsWith('ing');
  // "…, saying (that) …", "by arguing that …": a participle whose subject opens the sentence
  // "…, with 22 percent saying they …": the share after "with" is the participle's own subject
  const shareSaying = progressive && !!counted && tokens[counted.first - 1]?.lower === 'with';
  const participle = progressive && !be && (/^(,|by|and|while|before|after|then|also)$/.test(prev) || ingThat || shareSaying) && !tokens[v].cap;
  if (progressive !== be && !participle) return null; // "is warning voters that" yes, "was told" no
  if (participle && v === ts + 1 && /^(after|before|while|when|since|by)$/.test(tokens[ts].lower)) {
    const lead = leadingParticiple(doc, v, ts, te);
    if (lead) return lead;
    return null;
  }
  let np = shareSaying ? counted : participle ? sentenceSubject(doc, ts, v) : npBackward(doc, be ? v - 2 : v - 1, ts);
  if (np && hypothetical(doc, np.first)) return null;
  if (!np) {
    // "… and has since called for …": the subject of the sentence, past auxiliaries and adverbs
    let p = v - 1;
    while (p > ts && p > v - 4 && SKIP_BETWEEN.has(tokens[p].lower)) p--;
    if (tokens[p].lower === 'and' || tokens[p].lower === 'but') np = sentenceSubject(doc, ts, v);
  }
  // "… listeners to his program who said they had misgivings": the relative's antecedent speaks
  if (!np && prev === 'who' && v - 2 > ts) np = withRelative(npBackward(doc, tokens[v - 2].text === ',' ? v - 3 : v - 2, ts), v - 1);
  // "Experts on trade said", "Those close to him say": the noun read backwards is a prepositional object
  if (carrier && !np) np = carrier;
  else if (!np || (np.first > ts && tokens[np.first - 1].isWord)) {
    const long = withRelative(longSubject(doc, ts, v) ?? modifiedSubject(doc, ts, v) ?? longSubject(doc, ts, v, true), np?.relative);
    // "Secretary of State John Kerry said": a title with its complement before a name; the name speaks
    np = long && !(np && titleBeforeName(doc, long, np)) ? long : np;
  }
  // "42% say", "Two in three said": a survey's share of the people asked (read whole, not as "three")
  np = counted ?? np;
  // "Sin embargo, señaló que …": a language that leaves out its subjects reports for the person last named
  if (!np && doc.lex.dropsSubjects && doc.lex.complementizers.has(tokens[v + 1]?.lower ?? '')) np = { first: v, last: v, implicit: true };
  if (!np) return null;
  return reportedClauseAfterVerb(doc, v, te, np, lemma, participle);
}

/** What the verb at `v`, whose subject is `np`, reports: from "that" or from the words after it (or null). */
function reportedClauseAfterVerb(doc: Doc, v: number, te: number, np: Np, lemma: string, participle: boolean): Reported | null {
  const { tokens } = doc;
  let c = v + 1;
  if (OBJECT_VERBS.has(lemma) || lemma === 'tell') {
    const obj = npForward(doc, c, te);
    if (obj) c = obj.last + 1;
    else if (/^(him|her|them|me|us|you|reporters)$/.test(tokens[c]?.lower ?? '')) c++;
  }
  let that = -1;
  for (let k = c; k < te && k - c < 6; k++) {
    if (tokens[k].lower === 'that') { that = k; break; }
    if (tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].lower === 'to' || doc.lex.speechForms.has(tokens[k].lower)) break;
  }
  if (that < 0) that = thatAfterAdverbial(doc, c, te);
  if (participle) {
    const cs = that >= 0 ? that : c;
    if (that < 0 && (lemma === 'tell' && c === v + 1 || !looksLikeClause(doc, c, te))) return null;
    return { np, cue: tokens[v].text, clause: [cs, mainPredicateAfter(doc, cs + 1, te)] };
  }
  if (that >= 0 && tokens[that + 1]?.text !== '.') return withSecond(doc, np, tokens[v].text, that, te);
  // "aseguraba a AFP que …" reports from "que"; with no "que", the words after the verb are its
  // subject, addressee or adverbials ("remarcó el Presidente desde La Pampa"), unless a quotation
  if (doc.lex.reportNeedsComplementizer) {
    const que = complementizerAhead(doc, c, te);
    if (que >= 0) return withSecond(doc, np, tokens[v].text, que, te);
    if (!quotationOpensClause(doc, c, te)) return null;
  }
  // a verb-second language reports no clause straight after its verb: those words are the subject
  // and objects ("antwortet Keith dem Parteichef …", "fordern er und die ATU …")
  if (doc.lex.verbSecond) return null;
  // "Twenty-seven states led by …", "member states trump …": a plural noun, unless "that" follows
  if (NEEDS_THAT.has(tokens[v].lower)) return null;
  // "called for a moratorium", "called on the board to …"
  const callFor = (lemma === 'call' || lemma === 'urge') && /^(for|on|upon)$/.test(tokens[c]?.lower ?? '');
  if (callFor) c++;
  // "announced on Friday the arrest of …"
  let adverbial = false;
  if (tokens[c]?.lower === 'on' && DAY.test(tokens[c + 1]?.lower ?? '')) {
    c += 2;
    adverbial = true;
  }
  const n = tokens[c];
  if (n && COUNTS_WITH_NUMBER.has(lemma) && /^\$?\d/.test(n.text)) return null;
  // 'said "budget reforms" and the collection … would pay': a quotation opening a longer clause
  if (n && !n.isWord && quotationOpensClause(doc, c, te)) return withSecond(doc, np, tokens[v].text, c, te);
  // "said much of his discussion was about Israel": a quantity of something as the clause's subject
  const quantitySubject = /^(much|more|little)$/.test(n?.lower ?? '') && tokens[c + 1]?.lower === 'of' && looksLikeClause(doc, c, te);
  if (!n?.isWord || (NOT_CLAUSE.test(n.lower) && !(callFor && /^(more|no|an?|the)$/.test(n.lower)) && !quantitySubject)) return null;
  // "said no decision had been made", not "said no to the plan" / "said no."
  if (n.lower === 'no' && (!tokens[c + 1]?.isWord || /^(to|one|comment)$/.test(tokens[c + 1].lower))) return null;
  if (c !== v + 1 && !adverbial && !OBJECT_VERBS.has(lemma) && lemma !== 'call' && lemma !== 'urge') return null;
  if (lemma === 'tell' && c === v + 1) return null;
  // "said Thursday morning on …": a time word alone is no reported clause
  if (TIME_START.test(n.lower) && tokens[c + 1]?.text !== ',' && !looksLikeClause(doc, c, te)) return null;
  // "continues his adulation of …", "signaled willingness to …": without "that", these verbs take a
  // noun phrase; only a clause with its own finite verb is reported
  if (!callFor && NP_OBJECT.has(lemma) && !looksLikeClause(doc, c - 1, te)) return null;
  return withSecond(doc, np, tokens[v].text, c, te);
}

/** Whether the subject `long` read back from a verb is a title whose name `name` ends it ("Secretary of State John Kerry"). */
function titleBeforeName(doc: Doc, long: Np, name: Np): boolean {
  const { tokens, lex, runAt, runs } = doc;
  const ri = runAt[name.last];
  if (ri < 0 || runs[ri].first !== name.first || long.first >= name.first || long.last > name.last) return false;
  return lex.titleHeads.has(tokens[long.last].lower) && tokens[long.last].cap;
}

/**
 * "… 115 crimes — including murder and robbery — according to FBI data": a source phrase of several
 * words ends the report after a dash as after a comma (a one-word "selon", "laut" also opens adjuncts).
 */
function sourceAfterDash(doc: Doc, c: number): boolean {
  const dash = doc.tokens[c].text;
  // tested at every token from a sentence's end: compared, not matched
  return (dash === '—' || dash === '–') && sourcePhraseAt(doc, c + 1) > 1;
}

/**
 * "…, according to the Labor Department, taking a step toward …", "… (…, according to Factcheck.org)",
 * "…, according to the Tax Policy Center - however …": after a source phrase, a participle, a closing
 * bracket or a dash carries the writer's own words, so the phrase closes the report before it.
 */
function sourceClosed(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  // English only: "selon X —" and "laut X)" were not counted
  if (!t || !isEnglish(doc.lex)) return false;
  if (t.text === ')' || t.text === '—' || t.text === '–' || t.text === '-') return true;
  return t.text === ',' && isAdjunctParticiple(doc.tokens[k + 1]);
}

/** Words after which "according to" opens an adjunct of the words that follow ("said that according to its analysis, …"). */
const OPENS_ADJUNCT = new Set(['that', 'and', 'but', 'or', 'which', 'who', 'because', 'so', 'as', 'while', 'when', 'if', 'whether']);

/**
 * "… 46 percent to 39 percent according to a CBS poll", "… whom view Trump unfavorably according to
 * the poll": a source phrase of several words right after the last word of the clause, without a
 * comma, when no quotation comes before it (whose speaker is named: "“…,” Ware said in a statement
 * according to The Blaze").
 */
function sourceWithoutComma(doc: Doc, ts: number, c: number): boolean {
  const t = doc.tokens[c];
  // asked at every word from a sentence’s end, so the rare source phrase is checked first (and the
  // adjunct openers are English function words)
  return sourcePhraseAt(doc, c + 1) > 1 && isEnglish(doc.lex) && t.isWord && !OPENS_ADJUNCT.has(t.lower) && !insideQuote(doc, t.start) && !quotationAfter(doc, ts, c);
}

/** "si elle estime que …" (not "même si …"): the subject at `first` follows a conjunction of a mere case. */
function hypothetical(doc: Doc, first: number): boolean {
  const { tokens, lex } = doc;
  return !!lex.hypotheticalOpeners?.has(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.lower !== 'même';
}
