import type { Span } from '../types';
import type { Found } from './attribute-quotes';
import { clauseVerb, looksLikeClause, MIN_WORDS, QUOTE_MARK, type Reported, words } from './clause-basics';
import { asideCut, otherReportAfter } from './clause-bounds';
import type { Doc } from './doc';
import { reported } from './reported';
import { clauseEndBeforeOwnQuote } from './quote-after-clause';
import { trailsOpeningQuote } from './quote-led-sentences';
import { resolveNp } from './resolve';
import { tokenAt } from './tokens';
import { firstIndex } from '../text/first-index';

type Sentence = Span & { block: number };

const PROSE = new Set(['paragraph', 'list-item', 'blockquote', 'title', 'standfirst']);

/**
 * Reported speech: "X said (that) …", "…, X said.", "According to X, …" and "…, X said, …". A
 * reported clause holding quotations replaces them (PolNeAR's "mixed" speech: "… told TASS that
 * Moscow is “in contact with our friends”"); a quotation outside the clause leaves the sentence alone.
 */
export function findIndirect(doc: Doc, sentences: readonly Sentence[], found: Found[]): Found[] {
  const { tokens, quoteSpans } = doc;
  const out: Found[] = [];
  let qi = 0;
  let cursor = 0;
  for (const s of sentences) {
    if (!PROSE.has(doc.blocks[s.block]?.kind)) continue;
    while (qi < quoteSpans.length && quoteSpans[qi].end <= s.start) qi++;
    let nq = 0;
    for (let k = qi; k < quoteSpans.length && quoteSpans[k].start < s.end; k++) nq++;
    // quoted terms and titles dropped as quotes ("on “The Apprentice,”") leave the sentence as plain prose
    if (nq > 0 && !keptQuoteIn(found, s.start, s.end)) nq = 0;
    const ts = seek(tokens, cursor, s.start);
    const te = (cursor = seek(tokens, ts, s.end));
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
    for (let from = ts; from >= 0; ) {
      const hit = reported(doc, from, te, kind === 'title' || kind === 'heading');
      if (!hit) break;
      // "Although the family suggested he was murdered, Hawk Sawyer told lawmakers …": the report ends
      // at the comma before another reporter, whose own report the rest of the sentence holds
      from = otherReportAfter(doc, hit.clause[1], te) ? hit.clause[1] + 1 : -1;
      addReport(doc, hit, s, te, qi, nq, found, out);
    }
  }
  return out;
}

/**
 * One report `hit` of sentence `s` (its tokens end at `te`; `nq` quotations from `qi` on) as indirect
 * speech in `out`: its second clause, its words before the reporter, and its clause, which replaces the
 * quotations found inside it. (A function of its own so that V8 optimises findIndirect sooner.)
 */
function addReport(doc: Doc, hit: Reported, s: Sentence, te: number, qi: number, nq: number, found: Found[], out: Found[]): void {
  const { tokens, quoteSpans } = doc;
  if (hit.second && nq === 0 && words(doc, hit.second[0], hit.second[1]) >= MIN_WORDS) {
    const r2 = resolveNp(doc, hit.np);
    let [s2, e2] = hit.second;
    while (e2 > s2 && !tokens[e2 - 1].isWord) e2--;
    if (r2?.ent && e2 > s2) out.push({ start: tokens[s2].start, end: tokens[e2 - 1].end, type: 'indirect', ent: r2.ent, mention: r2.mention, cue: hit.cue, confidence: 0.6 });
  }
  // "A, he said, B": A is reported when it opens with its own words, not an adverbial ("For days
  // after a storm, officials say, …"), whatever B starts with
  if (hit.extra && nq === 0) {
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
  if (words(doc, cs, ce) < MIN_WORDS) return;
  const start = tokens[cs].start;
  let end = tokens[ce - 1].end;
  const replaces: Found[] = [];
  if (nq > 0) {
    const qs = quoteSpans.slice(qi, qi + nq);
    // "… said A, adding: “…”": the quotation has its own verb; the clause ends before it
    const own = clauseEndBeforeOwnQuote(doc, cs, ce, qs);
    if (own >= 0 && words(doc, cs, own) >= MIN_WORDS) {
      ce = own;
      end = tokens[ce - 1].end;
    } else {
      // a quotation before the reporter ('On “Morning Show,” she said …', '… “…,” but he said …')
      // stands apart, and so does one that another verb of saying introduces after the clause ('He
      // says he respects Clinton and calls her “…”', '…, telling reporters that “…”') when the clause
      // of "say" or "tell" quotes nothing itself (after "confirmed", "revealed" the words are as often
      // an object as a report); one inside the reported words or after them leaves the sentence alone
      const reporterAt = tokens[hit.np.first].start;
      if (trailsOpeningQuote(doc, s.start, qs[0], cs, ce, hit.cue)) return;
      const apart = plainSaying(doc, hit.cue) && !qs.some((q) => q.start < end && q.end > start);
      // a quotation in the speaker's second report ("…, asserting that it must be “…”") is that report's,
      // when the first is a clause of plain words ("said Trump was hiding something, asserting …")
      const plainFirst = !!hit.second && !qs.some((q) => q.start < end && q.end > start) && (tokens[cs].lower === 'that' || looksLikeClause(doc, cs - 1, ce));
      const afterClause = (q: Span) => q.end > end && !(plainFirst && q.start >= end) && !(apart && speechVerbBefore(doc, ce, q.start));
      if (qs.some((q) => (q.start < start && (hit.extra || q.end > reporterAt || reporterAt >= start)) || afterClause(q))) return;
      for (let k = lowerBound(found, start); k < found.length && found[k].start < end; k++) if (found[k].end <= end) replaces.push(found[k]);
    }
  }
  const r = resolveNp(doc, hit.np, hit.cue === 'according to');
  if (!r) return;
  let { ent, mention } = r;
  let confidence = r.via === 'pronoun' ? 0.6 : 0.7;
  // the quotation's own speaker wins unless it was found inside the reported clause ("X said that
  // Clinton once described it as “…”": Clinton is reported, X speaks)
  const f = replaces.find((x) => x.ent && x.mention && !(x.mention.start >= start && x.mention.end <= end));
  if (f?.mention) ({ ent, mention } = f);
  if (!ent) return;
  for (const x of replaces) {
    confidence = Math.max(confidence, x.confidence);
    found.splice(found.indexOf(x), 1);
  }
  doc.reg.mention(ent, mention, r.via !== 'pronoun');
  doc.reg.speakers.add(ent);
  out.push({ start, end, type: 'indirect', ent, mention, cue: hit.cue, confidence });
}

/** tokenAt(tokens, offset), walking on from `from` when the offset lies ahead of it (sentences come in order). */
function seek(tokens: Doc['tokens'], from: number, offset: number): number {
  if (from > 0 && tokens[from - 1].start >= offset) return tokenAt(tokens, offset);
  let k = from;
  while (k < tokens.length && tokens[k].start < offset) k++;
  return k;
}

/** First index whose start is >= offset (found is sorted by start). */
function lowerBound(found: readonly Found[], offset: number): number {
  return firstIndex(found.length, (i) => found[i].start >= offset);
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
    // "…,” she said, adding, “…”": the second quotation is a direct quote with its own cue, no clause
    if (/^[,:]$/.test(tokens[c]?.text ?? '') && QUOTE_MARK.test(tokens[c + 1]?.text ?? '')) return null;
    if (tokens[c]?.lower === 'that') c++;
    let e = te;
    // a closing quotation mark stays with the clause, so the quotation it ends is taken in whole
    while (e > c && !tokens[e - 1].isWord && !QUOTE_MARK.test(tokens[e - 1].text)) e--;
    if (words(doc, c, e) < MIN_WORDS) return null;
    const q = found[lowerBound(found, quoteEnd) - 1];
    if (!q?.ent || q.end > quoteEnd) return null;
    return { start: tokens[c].start, end: tokens[e - 1].end, type: 'indirect', ent: q.ent, mention: q.mention, cue: tokens[k + 1].text, confidence: 0.6 };
  }
  return null;
}

/** "said", "says", "told": the plain verbs of saying, whose clause is what was said. */
function plainSaying(doc: Doc, cue: string): boolean {
  const lemma = doc.lex.speechForms.get(cue.toLowerCase());
  return lemma === 'say' || lemma === 'tell';
}

/** Whether a verb of saying stands between token `from` and the offset `quoteStart` (the quotation has its own cue). */
function speechVerbBefore(doc: Doc, from: number, quoteStart: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < tokens.length && tokens[k].end <= quoteStart; k++) if (!tokens[k].cap && doc.lex.speechForms.has(tokens[k].lower)) return true;
  return false;
}

/** Whether a quotation found by its marks was kept as a quote inside [start, end). */
function keptQuoteIn(found: readonly Found[], start: number, end: number): boolean {
  for (let k = lowerBound(found, start); k < found.length && found[k].start < end; k++) if (found[k].type !== 'indirect') return true;
  return false;
}
