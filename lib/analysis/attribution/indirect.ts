import type { Span } from '../types';
import { insideQuote, type Doc } from './doc';
import type { Found } from './attribute-quotes';
import { cueAfter, sentenceSubject, sourceWords } from './cues';
import { looksLikeNoun, npBackward, npForward, SKIP_BETWEEN, type Np } from './noun-phrase';
import { resolveNp } from './resolve';
import { tokenAt } from './tokens';

type Sentence = Span & { block: number };

const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'advise', 'remind', 'notify']);
const MIN_WORDS = 3;
/**
 * "A, he said, B": A is reported too when it is the subject that B's predicate continues ("The
 * museum, he said, celebrated …"), not an adverbial ("For days after a storm, officials say, they …").
 */
const SUBJECT_START = /^(the|a|an|this|that|these|those|his|her|their|its|our|my|he|she|they|it|we|i|you|there|some|many|most|all|no|every|each|one|two|three|local|city|state|federal|officials|police|people|many)$/;
const APPOSITION_START = /^(who|which|whose|a|an|the|his|her|their|its|one|chief|head|president|director|spokesman|spokeswoman|spokesperson|professor|senior|former|deputy)$/;
const ADVERBIAL_START = /^(on|in|at|during|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|previously|to|by|when|after|before|via)$/;
/** Words that cannot open a reported clause right after the verb ("said nothing", "said in …"). */
const NOT_CLAUSE = /^(to|in|on|at|for|with|about|of|by|from|as|so|nothing|anything|something|yes|goodbye|hello|more|little|much|him|them|me|us|you|during|after|before|over|through|into|afterward|afterwards|later|earlier|recently|previously|repeatedly|also|publicly|privately|again|then|otherwise|thanks|sorry|please|hi|ok|okay|why|where|whether|how)$/;
const PROSE = new Set(['paragraph', 'list-item', 'blockquote', 'title', 'standfirst']);

const words = (doc: Doc, a: number, b: number) => {
  let n = 0;
  for (let k = a; k < b; k++) if (doc.tokens[k].isWord) n++;
  return n;
};

/**
 * Reported speech: "X said (that) …", "…, X said.", "According to X, …" and "…, X said, …". A
 * reported clause holding quotations replaces them (PolNeAR's "mixed" speech: "… told TASS that
 * Moscow is “in contact with our friends”"); a quotation outside the clause leaves the sentence alone.
 */
export function findIndirect(doc: Doc, sentences: readonly Sentence[], found: Found[]): Found[] {
  const { tokens, quoteSpans } = doc;
  const out: Found[] = [];
  let qi = 0;
  for (const s of sentences) {
    if (!PROSE.has(doc.blocks[s.block]?.kind)) continue;
    while (qi < quoteSpans.length && quoteSpans[qi].end <= s.start) qi++;
    let nq = 0;
    for (let k = qi; k < quoteSpans.length && quoteSpans[k].start < s.end; k++) nq++;
    // quoted terms and titles dropped as quotes ("on “The Apprentice,”") leave the sentence as plain prose
    if (nq > 0 && !keptQuoteIn(found, s.start, s.end)) nq = 0;
    const ts = tokenAt(tokens, s.start);
    const te = tokenAt(tokens, s.end);
    if (te - ts < 5) continue;
    const kind = doc.blocks[s.block].kind;
    if (nq > 0) {
      const tail = addingAfterQuote(doc, quoteSpans[qi].end, te, found);
      if (tail) {
        // quotations inside the added clause are part of it ("…, adding that it would take “more hours”")
        for (let k = lowerBound(found, tail.start); k < found.length && found[k].start < tail.end; ) {
          if (found[k].end <= tail.end) found.splice(k, 1);
          else k++;
        }
        out.push(tail);
      }
    }
    const hit = reported(doc, ts, te, kind === 'title' || kind === 'heading');
    if (!hit) continue;
    if (hit.second && nq === 0 && words(doc, hit.second[0], hit.second[1]) >= MIN_WORDS) {
      const r2 = resolveNp(doc, hit.np);
      let [s2, e2] = hit.second;
      while (e2 > s2 && !tokens[e2 - 1].isWord) e2--;
      if (r2?.ent && e2 > s2) out.push({ start: tokens[s2].start, end: tokens[e2 - 1].end, type: 'indirect', ent: r2.ent, mention: r2.mention, cue: hit.cue, confidence: 0.6 });
    }
    const bStart = tokens[hit.clause[0]];
    const predicateFollows = !!hit.extra && !!bStart && bStart.isWord && !bStart.cap && !SUBJECT_START.test(bStart.lower);
    if (hit.extra && nq === 0 && predicateFollows) {
      const [xs, xe] = hit.extra;
      const r0 = resolveNp(doc, hit.np);
      if (r0?.ent && words(doc, xs, xe) >= 1 && !/^(in|on|at|for|during|after|before|when|while|if|but|and|so|yet|still|however|also|each|every|within|last|next|since|until|by|with|from|to|as|once|then|now|today|yesterday|though|although|because|too|often|instead)$/.test(tokens[xs].lower)) {
        out.push({ start: tokens[xs].start, end: tokens[xe - 1].end, type: 'indirect', ent: r0.ent, mention: r0.mention, cue: hit.cue, confidence: 0.6 });
      }
    }
    let [cs, ce] = hit.clause;
    ce = asideCut(doc, cs, ce);
    while (ce > cs && !tokens[ce - 1].isWord && !/^["”’']$/.test(tokens[ce - 1].text)) ce--;
    while (cs < ce && !tokens[cs].isWord && !/^["“‘'$]$/.test(tokens[cs].text)) cs++;
    if (words(doc, cs, ce) < MIN_WORDS) continue;
    const start = tokens[cs].start;
    const end = tokens[ce - 1].end;
    const replaces: Found[] = [];
    if (nq > 0) {
      const qs = quoteSpans.slice(qi, qi + nq);
      // a quotation before the reporter ('On “Morning Show,” she said …', '… “…,” but he said …')
      // stands apart; one inside the reported words or after them leaves the sentence alone
      const reporterAt = tokens[hit.np.first].start;
      if (qs.some((q) => (q.start < start && (hit.extra || q.end > reporterAt || reporterAt >= start)) || q.end > end)) continue;
      for (let k = lowerBound(found, start); k < found.length && found[k].start < end; k++) if (found[k].end <= end) replaces.push(found[k]);
    }
    const r = resolveNp(doc, hit.np, hit.cue === 'according to');
    if (!r) continue;
    let { ent, mention } = r;
    let confidence = r.via === 'pronoun' ? 0.6 : 0.7;
    // the quotation's own speaker wins unless it was found inside the reported clause ("X said that
    // Clinton once described it as “…”": Clinton is reported, X speaks)
    const f = replaces.find((x) => x.ent && x.mention && !(x.mention.start >= start && x.mention.end <= end));
    if (f?.mention) ({ ent, mention } = f);
    if (!ent) continue;
    for (const x of replaces) {
      confidence = Math.max(confidence, x.confidence);
      found.splice(found.indexOf(x), 1);
    }
    doc.reg.mention(ent, mention, r.via !== 'pronoun');
    doc.reg.speakers.add(ent);
    out.push({ start, end, type: 'indirect', ent, mention, cue: hit.cue, confidence });
  }
  return out;
}

const MAX_LEAD_IN = 10;

/** Words from ts to the first quotation before token c (0 when a quotation opens the stretch). */
function leadInWords(doc: Doc, ts: number, c: number): number {
  const { tokens } = doc;
  let n = 0;
  for (let k = ts; k < c; k++) {
    if (insideQuote(doc, tokens[k].start)) return n;
    if (tokens[k].isWord) n++;
  }
  return n;
}

const ASIDE = /^(although|though|whereas|while)$/;

/**
 * "…, although it may take days", "…, while the lower band would …": the writer's own aside after a
 * comma ends the report, when no quotation comes after it.
 */
function asideCut(doc: Doc, cs: number, ce: number): number {
  const { tokens } = doc;
  for (let k = cs + 3; k < ce - 2; k++) {
    if (tokens[k].text !== ',' || insideQuote(doc, tokens[k].start) || !ASIDE.test(tokens[k + 1].lower)) continue;
    if (!quotationAfter(doc, k + 1, ce)) return k;
  }
  return ce;
}

function quotationAfter(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!doc.tokens[k].isWord && insideQuote(doc, doc.tokens[k].start)) return true;
  return false;
}

/** A verb of saying after its subject in the words before a quotation ("Ortiz said she …"), or -1. */
function verbInLeadIn(doc: Doc, ts: number, c: number): number {
  const { tokens } = doc;
  for (let k = ts + 1; k < c && !insideQuote(doc, tokens[k].start); k++) {
    if (clauseVerb(doc, k, false) && !looksLikeNoun(doc, k) && !tokens[k].lower.endsWith('ing') && npBackward(doc, k - 1, ts)) return k;
  }
  return -1;
}

/** First index whose start is >= offset (found is sorted by start). */
function lowerBound(found: readonly Found[], offset: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `“…,” she said, adding that the plan was dead.`: the clause after the quotation, same speaker. */
function addingAfterQuote(doc: Doc, quoteEnd: number, te: number, found: readonly Found[]): Found | null {
  const { tokens } = doc;
  const from = tokenAt(tokens, quoteEnd);
  for (let k = from; k < te - 3; k++) {
    if (tokens[k].text !== ',' || !tokens[k + 1].lower.endsWith('ing')) continue;
    const lemma = clauseVerb(doc, k + 1, false);
    if (!lemma) continue;
    let c = k + 2;
    if (tokens[c]?.lower === 'that') c++;
    let e = te;
    while (e > c && !tokens[e - 1].isWord) e--;
    if (words(doc, c, e) < MIN_WORDS) return null;
    const q = found[lowerBound(found, quoteEnd) - 1];
    if (!q?.ent || q.end > quoteEnd) return null;
    return { start: tokens[c].start, end: tokens[e - 1].end, type: 'indirect', ent: q.ent, mention: q.mention, cue: tokens[k + 1].text, confidence: 0.6 };
  }
  return null;
}

interface Reported {
  np: Np;
  cue: string;
  clause: [number, number];
  /** Another stretch of the same reported speech ("Acts of protest, he said, are acts of …"). */
  extra?: [number, number];
  /** A second clause of the same speaker ("… and says he will expand …"). */
  second?: [number, number];
}

function clauseVerb(doc: Doc, i: number, headline: boolean): string | null {
  const t = doc.tokens[i];
  if (!t?.isWord || (t.cap && !headline)) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  return lemma && doc.lex.clauseVerbs.has(lemma) ? lemma : null;
}

function reported(doc: Doc, ts: number, te: number, headline: boolean): Reported | null {
  const { tokens } = doc;
  // According to X, CLAUSE.
  if (tokens[ts].lower === 'according' && tokens[ts + 1]?.lower === 'to') {
    let c = ts + 2;
    while (c < te && tokens[c].text !== ',') c++;
    const np = sourceWords(doc, ts + 2, c + 1) ?? npForward(doc, ts + 2, c);
    if (np && c < te) return { np, cue: 'according to', clause: [c + 1, te] };
  }
  // CLAUSE, X said.  /  CLAUSE, said X.  /  CLAUSE, according to X(, and …).
  for (let c = te - 2; c > ts + 2 && te - c < 40; c--) {
    // 'The summit achieved "too little," he said.': the comma inside a quotation that the clause ends
    // with; a short lead-in of the clause's own words comes first (a quotation opening it is direct
    // speech, and after a long lead-in the quotation stands on its own)
    let cut = c;
    const lead = /^["”’']$/.test(tokens[c].text) && tokens[c - 1].text === ',' && !insideQuote(doc, tokens[c].end) ? leadInWords(doc, ts, c) : 0;
    let from = ts;
    if (lead >= 2 && lead <= MAX_LEAD_IN) {
      cut = c + 1;
      // "X said she felt … because “…,” she said.": the report starts after the lead-in's own verb
      const inner = verbInLeadIn(doc, ts, c);
      if (inner >= 0) from = tokens[inner + 1]?.lower === 'that' ? inner + 2 : inner + 1;
    } else if (tokens[c].text !== ',') continue;
    const hit = cueAfter(doc, c + 1, te);
    if (!hit?.np) continue;
    if (hit.where === 'according' && hit.at !== c + 1) continue;
    let tail = hit.where === 'after' ? Math.max(hit.at, hit.np.last) : hit.np.last;
    // "…, the senator told a radio host on Friday.": the person told is part of the cue
    if (hit.where === 'after' && hit.np.last < hit.at && OBJECT_VERBS.has(doc.lex.speechForms.get(tokens[hit.at].lower) ?? '')) {
      const obj = npForward(doc, hit.at + 1, te);
      if (obj) tail = obj.last;
      else if (/^(him|her|them|me|us|you|reporters)$/.test(tokens[hit.at + 1]?.lower ?? '')) tail = hit.at + 1;
    }
    const rest = te - tail;
    const next = tokens[tail + 1]?.text;
    const after2 = tokens[tail + 2]?.lower ?? '';
    // after ", said X" an apposition may follow; after ", X said" a comma opens the rest of the report
    const nameLast = hit.np.last > hit.at;
    const closes = rest <= 2 || next === ';' || next === '.' || (ADVERBIAL_START.test(tokens[tail + 1]?.lower ?? '') && !reportAhead(doc, tail + 1, te)) ||
      (next === ',' && ((nameLast && (APPOSITION_START.test(after2) || doc.lex.titleHeads.has(after2) || doc.lex.titleModifiers.has(after2))) || after2 === 'and' || after2 === 'but'));
    // "A, he told me on Friday, is …": a parenthetical before the predicate, read by the next pattern
    let pc = tail + 1;
    if (tokens[pc]?.lower === 'on' && DAY.test(tokens[pc + 1]?.lower ?? '')) pc += 2;
    const b = tokens[pc + 1];
    const titleWord = !!b && nameLast && (doc.lex.titleHeads.has(b.lower) || doc.lex.titleModifiers.has(b.lower));
    if (tokens[pc]?.text === ',' && b?.isWord && !b.cap && !CONTINUES.test(b.lower) && !APPOSITION_START.test(b.lower) && !titleWord && !isAdjunctParticiple(b)) continue;
    const more = continuation(doc, tail + 1, te);
    if (!closes && !more) continue;
    return { np: hit.np, cue: hit.cue, clause: [from, cut], second: more ?? undefined };
  }
  // A, X said, B.
  for (let c = ts + 1; c < te - 4 && c - ts < 14; c++) {
    if (tokens[c].text !== ',') continue;
    const hit = cueAfter(doc, c + 1, te);
    if (!hit?.np || hit.where !== 'after') continue;
    let tail = Math.max(hit.at, hit.np.last);
    // "The difference, he told me on Friday, is …": the person told and a short time phrase
    if (hit.np.last < hit.at && OBJECT_VERBS.has(doc.lex.speechForms.get(tokens[hit.at].lower) ?? '')) {
      const obj = /^(him|her|them|me|us|you|reporters)$/.test(tokens[tail + 1]?.lower ?? '') ? { last: tail + 1 } : npForward(doc, tail + 1, te);
      if (obj) tail = obj.last;
      if (tokens[tail + 1]?.lower === 'on' && DAY.test(tokens[tail + 2]?.lower ?? '')) tail += 2;
    }
    if (tokens[tail + 1]?.text !== ',' || (hit.np.last > hit.at && APPOSITION_START.test(tokens[tail + 2]?.lower ?? ''))) continue;
    return { np: hit.np, cue: hit.cue, clause: [tail + 2, te], extra: c - ts >= 2 ? [ts, c] : undefined };
  }
  // X said (that) CLAUSE.
  for (let v = ts + 1; v < te - 3 && v - ts < 30; v++) {
    const naming = namingReport(doc, v, ts, te) ?? callingReport(doc, v, ts, te) ?? askReport(doc, v, ts, te);
    if (naming) return naming;
    const lemma = clauseVerb(doc, v, headline);
    // "tweets saying that …", "a statement saying that …": the participle before "that" is a verb
    const ingThat = tokens[v].lower.endsWith('ing') && tokens[v + 1]?.lower === 'that';
    if (!lemma || (looksLikeNoun(doc, v) && !(tokens[v - 1].lower === 'by' && tokens[v].lower.endsWith('ing')) && !ingThat)) continue;
    const prev = tokens[v - 1].lower;
    const be = prev === 'was' || prev === 'were' || prev === 'been' || prev === 'be' || prev === 'is' || prev === 'are';
    const progressive = tokens[v].lower.endsWith('ing');
    // "…, saying (that) …", "by arguing that …": a participle whose subject opens the sentence
    const participle = progressive && !be && (/^(,|by|and|while|before|after|then|also)$/.test(prev) || ingThat) && !tokens[v].cap;
    if (progressive !== be && !participle) continue; // "is warning voters that" yes, "was told" no
    if (participle && v === ts + 1 && /^(after|before|while|when|since|by)$/.test(tokens[ts].lower)) {
      const lead = leadingParticiple(doc, v, ts, te);
      if (lead) return lead;
      continue;
    }
    let np = participle ? sentenceSubject(doc, ts, v) : npBackward(doc, be ? v - 2 : v - 1, ts);
    if (!np) {
      // "… and has since called for …": the subject of the sentence, past auxiliaries and adverbs
      let p = v - 1;
      while (p > ts && p > v - 4 && SKIP_BETWEEN.has(tokens[p].lower)) p--;
      if (tokens[p].lower === 'and' || tokens[p].lower === 'but') np = sentenceSubject(doc, ts, v);
    }
    // "… listeners to his program who said they had misgivings": the relative's antecedent speaks
    if (!np && prev === 'who' && v - 2 > ts) np = npBackward(doc, tokens[v - 2].text === ',' ? v - 3 : v - 2, ts);
    // "Experts on trade said", "Those close to him say": the noun read backwards is a prepositional object
    if (!np || (np.first > ts && tokens[np.first - 1].isWord)) np = longSubject(doc, ts, v) ?? np;
    if (!np) continue;
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
      if (that < 0 && (lemma === 'tell' && c === v + 1 || !looksLikeClause(doc, c, te))) continue;
      return { np, cue: tokens[v].text, clause: [cs, mainPredicateAfter(doc, cs + 1, te)] };
    }
    if (that >= 0 && tokens[that + 1]?.text !== '.') return withSecond(doc, np, tokens[v].text, that, te);
    // "Twenty-seven states led by …", "member states trump …": a plural noun, unless "that" follows
    if (NEEDS_THAT.has(tokens[v].lower)) continue;
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
    // 'said "budget reforms" and the collection … would pay': a quotation opening a longer clause
    if (n && !n.isWord && quotationOpensClause(doc, c, te)) return withSecond(doc, np, tokens[v].text, c, te);
    if (!n?.isWord || (NOT_CLAUSE.test(n.lower) && !(callFor && /^(more|no|an?|the)$/.test(n.lower)))) continue;
    // "said no decision had been made", not "said no to the plan" / "said no."
    if (n.lower === 'no' && (!tokens[c + 1]?.isWord || /^(to|one|comment)$/.test(tokens[c + 1].lower))) continue;
    if (c !== v + 1 && !adverbial && !OBJECT_VERBS.has(lemma) && lemma !== 'call' && lemma !== 'urge') continue;
    if (lemma === 'tell' && c === v + 1) continue;
    // "said Thursday morning on …": a time word alone is no reported clause
    if (TIME_START.test(n.lower) && tokens[c + 1]?.text !== ',' && !looksLikeClause(doc, c, te)) continue;
    // "continues his adulation of …", "signaled willingness to …": without "that", these verbs take a
    // noun phrase; only a clause with its own finite verb is reported
    if (!callFor && NP_OBJECT.has(lemma) && !looksLikeClause(doc, c - 1, te)) continue;
    return withSecond(doc, np, tokens[v].text, c, te);
  }
  return null;
}

const TIME_START = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|last|this|next)$/;
const NP_OBJECT = new Set(['continue', 'maintain', 'demand', 'signal', 'indicate', 'question', 'charge', 'agree', 'estimate', 'boast', 'hint', 'echo', 'repeat', 'reiterate', 'recommend', 'propose', 'counter', 'reason', 'observe', 'remark']);


/** A reported clause, cut before a coordinated second one ("… and says he will …"), which is kept too. */
function withSecond(doc: Doc, np: Np, cue: string, cs: number, te: number): Reported {
  const [s, e] = coordinated(doc, cs, te);
  if (e === te) return { np, cue, clause: [s, e] };
  const { tokens } = doc;
  const v = tokens[e].text === ',' ? e + 2 : e + 1;
  if (!clauseVerb(doc, v, false)) return { np, cue, clause: [s, e] };
  let c = v + 1;
  if (tokens[c]?.lower === 'that') c++;
  return { np, cue, clause: [s, e], second: [c, te] };
}

const NEEDS_THAT = new Set(['state', 'states']);

const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

/** Cuts a reported clause before a second verb of saying ("… and says he will expand …"). */
function coordinated(doc: Doc, cs: number, te: number): [number, number] {
  const { tokens } = doc;
  for (let k = cs + 2; k < te - 2; k++) {
    // "… that it remains in contact, citing …": a participle after a comma belongs to the reporter's sentence
    if (tokens[k].text === ',' && isAdjunctParticiple(tokens[k + 1]) && !insideQuote(doc, tokens[k].start)) return [cs, k];
    // "… was not intentional; they only learned …": a semicolon closes the reported clause
    if (tokens[k].text === ';' && !insideQuote(doc, tokens[k].start)) return [cs, k];
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && !insideQuote(doc, tokens[k].start) && newReporter(doc, k + 1, te)) {
      return [cs, tokens[k - 1].text === ',' ? k - 1 : k];
    }
    if (tokens[k].lower !== 'and' || insideQuote(doc, tokens[k].start)) continue;
    const lemma = clauseVerb(doc, k + 1, false);
    if ((lemma && !tokens[k + 1].lower.endsWith('ing') && !looksLikeNoun(doc, k + 1)) || secondPredicate(doc, k + 1)) return [cs, tokens[k - 1].text === ',' ? k - 1 : k];
  }
  return [cs, te];
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

/** Prepositions that open an adverbial between a verb of saying and its "that" ("said at a rally in Ohio, that …"). */
const ADVERBIAL_PREP = /^(at|in|during|on|after|before|via|over|through|from|with|while|by|late|early|earlier|later|last|this|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The "that" after a longer adverbial, commas included; -1 when none. */
function thatAfterAdverbial(doc: Doc, c: number, te: number): number {
  const { tokens } = doc;
  if (!ADVERBIAL_PREP.test(tokens[c]?.lower ?? '')) return -1;
  for (let k = c + 1; k < te && k - c < 16; k++) {
    const t = tokens[k];
    if (t.lower === 'that') return tokens[k - 1].text === ',' || !tokens[k - 1].isWord || tokens[k + 1]?.isWord || /^["“‘]$/.test(tokens[k + 1]?.text ?? '') ? k : -1;
    if (t.text === ';' || t.text === ':' || t.lower === 'to' || /^["“”‘’]$/.test(t.text) || (!t.cap && doc.lex.speechForms.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * A subject the noun-phrase reader cannot parse ("Experts on trade and tariffs said …", "Those close
 * to him say …"): every word from the sentence start (after a leading adverbial) to the verb, when
 * it is short and holds no comma, quotation or other verb of saying.
 */
function longSubject(doc: Doc, ts: number, v: number): Np | null {
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
  let e = v - 1;
  while (e > s && SKIP_BETWEEN.has(tokens[e].lower)) e--;
  if (e < s || e - s > 9 || e - s < 1) return null;
  for (let k = s; k <= e; k++) {
    const t = tokens[k];
    if (!t.isWord && !/^[-.’'&]$/.test(t.text)) return null;
    if (t.isWord && (doc.lex.speechForms.has(t.lower) || /^(and|but|or|then|who|which|when|if|because|that|is|was|are|were|has|have|had)$/.test(t.lower) && k === e)) return null;
    if (/^(is|was|are|were|has|have|had|will|would|could|can|should|did|does|do)$/.test(t.lower)) return null;
  }
  const head = tokens[e];
  if (!head.isWord || (!head.cap && (/(ly|ing)$/.test(head.lower) || /^(it|this|there|not|also|so|too|then|now|just|all|both|each|what|whom|whose)$/.test(head.lower)))) return null;
  return { first: s, last: e };
}

const FINITE = /^(is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did|isn’t|isn't|wasn’t|wasn't|aren’t|aren't|weren’t|weren't|won’t|won't|can’t|can't|don’t|don't|doesn’t|doesn't|didn’t|didn't|hasn’t|hasn't|haven’t|haven't|wouldn’t|wouldn't|couldn’t|couldn't|shouldn’t|shouldn't)$/;

/** Words after a participle that read as a clause ("… he would resign"), not an object ("… its image"). */
function looksLikeClause(doc: Doc, c: number, te: number): boolean {
  const { tokens } = doc;
  for (let k = c + 1; k < te && k - c < 9; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (FINITE.test(t.lower) || /['’](s|re|ll|d)$/.test(t.lower) && k === c) return true;
    if (t.isWord && !t.cap && k > c && /ed$/.test(t.lower) && /^(he|she|they|it|we|i|you)$/.test(tokens[k - 1].lower)) return true;
  }
  return false;
}

/**
 * "X defended the plan, saying it “works” and rejected …": an "and" before a past-tense verb
 * coordinates with the sentence's own predicate, so the reported clause ends there.
 */
function mainPredicateAfter(doc: Doc, from: number, te: number): number {
  const { tokens } = doc;
  for (let k = from; k < te - 1; k++) {
    if (tokens[k].lower !== 'and') continue;
    const n = tokens[k + 1];
    if (n.isWord && !n.cap && /ed$/.test(n.lower) && !FINITE.test(tokens[k - 1].lower)) return tokens[k - 1].text === ',' ? k - 1 : k;
  }
  return te;
}

/** "…, X said at an event in Ohio that …": a "that" or a quotation after the verb opens its own report. */
function reportAhead(doc: Doc, from: number, te: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < te; k++) if (tokens[k].lower === 'that' || (!tokens[k].isWord && insideQuote(doc, tokens[k].start))) return true;
  return false;
}

/** "After saying her foot was “swollen,” she was …": the subject follows the participle's clause. */
function leadingParticiple(doc: Doc, v: number, ts: number, te: number): Reported | null {
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

/** A closing quotation mark at token i. */
const closesQuote = (doc: Doc, i: number) => /^["”’']$/.test(doc.tokens[i]?.text ?? '') && !insideQuote(doc, doc.tokens[i].end);

/** An opening mark at `c` whose quotation closes with at least two words of the sentence still to come. */
function quotationOpensClause(doc: Doc, c: number, te: number): boolean {
  const { tokens } = doc;
  if (!/^["“‘]$/.test(tokens[c].text) || !insideQuote(doc, tokens[c].start)) return false;
  let k = c + 1;
  while (k < te && insideQuote(doc, tokens[k].start)) k++;
  return words(doc, k, te) >= 2;
}

/** Whether a quotation found by its marks was kept as a quote inside [start, end). */
function keptQuoteIn(found: readonly Found[], start: number, end: number): boolean {
  for (let k = lowerBound(found, start); k < found.length && found[k].start < end; k++) if (found[k].type !== 'indirect') return true;
  return false;
}

const CONTINUES = /^(since|because|as|although|though|while|but|and|even|especially|including|if|when|unless|whereas|so|until|adding|noting)$/;

/**
 * "…, Graham said, since most young voters …" / "…, the agency said in a report, and those …": the
 * reported speech goes on after the attribution; the words after the comma are a second fragment.
 */
function continuation(doc: Doc, from: number, te: number): [number, number] | null {
  const { tokens } = doc;
  let k = from;
  while (k < te && k - from < 8 && tokens[k].text !== ',' && tokens[k].text !== '.' && tokens[k].text !== ';') k++;
  if (tokens[k]?.text !== ',' || !CONTINUES.test(tokens[k + 1]?.lower ?? '')) return null;
  let s = k + 1;
  if (/^(and|but|so)$/.test(tokens[s].lower)) s++;
  if (/^(adding|noting)$/.test(tokens[s - 1].lower) && tokens[s]?.lower === 'that') s++;
  return words(doc, s, te) >= MIN_WORDS ? [s, te] : null;
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

const FOR_REASON = new Set(['criticise', 'criticize', 'praise', 'hail', 'denounce', 'condemn', 'slam', 'blast']);
const NAMING = new Set(['describe', 'criticise', 'criticize', 'brand', 'label', 'dub', 'praise', 'hail', 'dismiss', 'denounce', 'condemn', 'slam', 'blast']);

/**
 * "X described the plan as …", "X dismissed the report as …": what the speaker said about something,
 * from the object to the end of the "as" phrase (the next comma or the sentence end).
 */
function namingReport(doc: Doc, v: number, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  const t = tokens[v];
  if (!t.isWord || t.cap || !/ed$/.test(t.lower)) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  if (!lemma || !NAMING.has(lemma) || /^(as|by)$/.test(tokens[v + 1]?.lower ?? '')) return null;
  const prev = tokens[v - 1].lower;
  if (/^(was|were|been|be|is|are|being)$/.test(prev)) return null;
  let e = v + 1;
  let as = -1;
  let forAt = -1;
  // punctuation inside a quotation ends the phrase only at the closing mark ("… as a “terrible situation,” but …")
  while (e < te && (!/^[,;.—–―]$/.test(tokens[e].text) || insideQuote(doc, tokens[e].start)) && e - v < 30) {
    if (/^[,;.]$/.test(tokens[e].text) && /^["”’']$/.test(tokens[e + 1]?.text ?? '') && !insideQuote(doc, tokens[e + 1].end)) {
      e += 2;
      break;
    }
    if (tokens[e].lower === 'as' && as < 0 && !/^(part|well|soon|much|long|far|if|though|it|he|she|they|we|result)$/.test(tokens[e + 1]?.lower ?? '') && tokens[e + 2]?.lower !== 'result') as = e;
    // "blasted the media for being “dishonest”": the reason given, when it quotes the speaker
    if (tokens[e].lower === 'for' && forAt < 0 && FOR_REASON.has(lemma)) forAt = e;
    e++;
  }
  if (as < 0 && forAt > v + 1 && forAt - v <= 12 && quotationAfter(doc, forAt, e)) as = forAt;
  if (as < 0 || as === v + 1 || as - v > 12 || words(doc, v + 1, e) < MIN_WORDS) return null;
  const np = npBackward(doc, v - 1, ts) ?? (prev === 'and' ? sentenceSubject(doc, ts, v) : null);
  return np ? { np, cue: `${t.text} ${tokens[as].lower}`, clause: [v + 1, e] } : null;
}

const CALLING = new Set(['call', 'brand', 'dub', 'label', 'term']);

/**
 * "X called the plan “a disaster” for the town", "… issued a statement calling the test “a clear
 * violation” of …": the thing named and the quoted name given to it, to the end of the phrase.
 */
function callingReport(doc: Doc, v: number, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  const t = tokens[v];
  if (!t.isWord || t.cap || !/(ed|ing|s)$/.test(t.lower)) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  if (!lemma || !CALLING.has(lemma)) return null;
  const prev = tokens[v - 1].lower;
  // "was called", and "what he called …" (a noun phrase, not a report)
  if (/^(was|were|been|be|is|are|being|so|also)$/.test(prev) || tokens[v - 2]?.lower === 'what' || prev === 'what') return null;
  let q = v + 1;
  while (q < te && q - v <= 9 && (tokens[q].isWord || /^['’]s?$/.test(tokens[q].text)) && !doc.lex.speechForms.has(tokens[q].lower)) q++;
  if (q === v + 1 || q >= te || !insideQuote(doc, tokens[q].start) || /^(for|on|upon|off|up|out|in|to|by|as|back)$/.test(tokens[v + 1].lower)) return null;
  let e = q;
  while (e < te && e - v < 60) {
    const p = tokens[e].text;
    const outside = !insideQuote(doc, tokens[e].start);
    // a list of quoted names goes on ('a “liar,” a “bully” and a “cheat”'); "and" before a verb ends it
    if (p === ',' && outside && listGoesOn(doc, e + 1)) {
      e++;
      continue;
    }
    if (outside && tokens[e].lower === 'and' && /ed$/.test(tokens[e + 1]?.lower ?? '')) break;
    if (/^[,;.:—–―]$/.test(p) && outside) break;
    if (/^[,;.]$/.test(p) && /^["”’']$/.test(tokens[e + 1]?.text ?? '') && !insideQuote(doc, tokens[e + 1].end)) {
      if (p === ',' && listGoesOn(doc, e + 2)) {
        e += 2;
        continue;
      }
      e += 2;
      break;
    }
    e++;
  }
  if (words(doc, v + 1, e) < MIN_WORDS) return null;
  const np = t.lower.endsWith('ing') ? sentenceSubject(doc, ts, v) : npBackward(doc, v - 1, ts) ?? (prev === 'and' ? sentenceSubject(doc, ts, v) : null);
  return np ? { np, cue: t.text, clause: [v + 1, e] } : null;
}

/** After a comma: another quoted item of a list ("a “bully”", "“unstable”", "and a “cheat”"). */
function listGoesOn(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  let k = i;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k++;
  if (/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return !!t && !t.isWord && insideQuote(doc, t.start) && /^["“‘']$/.test(t.text);
}

/** "X asked (the panel) whether …", "X asked them to …": the question or request is reported. */
function askReport(doc: Doc, v: number, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  const t = tokens[v];
  if (!t.isWord || t.cap || !/^(asked|asks|asking|wondered|wonders|wondering)$/.test(t.lower)) return null;
  const prev = tokens[v - 1].lower;
  if (/^(was|were|been|be|is|are|being|when|if)$/.test(prev)) return null;
  let c = v + 1;
  const obj = npForward(doc, c, te);
  if (obj && !/^(whether|if|how|why|what|when|where|who|which)$/.test(tokens[c].lower)) c = obj.last + 1;
  else if (/^(him|her|them|me|us|you|reporters)$/.test(tokens[c]?.lower ?? '')) c++;
  const w = tokens[c]?.lower ?? '';
  if (!/^(whether|if|how|why|what|when|where|who|to)$/.test(w) || (w === 'to' && c === v + 1)) return null;
  let e = coordinated(doc, c, te)[1];
  while (e > c && !tokens[e - 1].isWord && !/^["”’']$/.test(tokens[e - 1].text)) e--;
  if (words(doc, c, e) < MIN_WORDS) return null;
  // "wondered whether …" is a thought, reported as speech only when it quotes the speaker
  if (t.lower.startsWith('wonder') && !quotationAfter(doc, c, e)) return null;
  const np = t.lower.endsWith('ing') ? sentenceSubject(doc, ts, v) : npBackward(doc, v - 1, ts) ?? (prev === 'and' ? sentenceSubject(doc, ts, v) : null);
  return np ? { np, cue: t.text, clause: [c, e] } : null;
}

const isAdjunctParticiple = (t: { isWord: boolean; cap: boolean; lower: string } | undefined) =>
  !!t && t.isWord && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !/^(including|according|during|notwithstanding|regarding|concerning|following|excluding|nothing|something|anything|everything)$/.test(t.lower);
