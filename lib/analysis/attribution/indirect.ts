import type { Span } from '../types';
import type { Doc } from './doc';
import type { Found } from './attribute-quotes';
import { cueAfter } from './cues';
import { looksLikeNoun, npBackward, npForward, type Np } from './noun-phrase';
import { resolveNp } from './resolve';
import { tokenAt } from './tokens';

type Sentence = Span & { block: number };

const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'advise', 'warn', 'remind', 'notify']);
const MIN_WORDS = 4;
const APPOSITION_START = /^(who|which|whose|a|an|the|his|her|their|its|one|chief|head|president|director|spokesman|spokeswoman|spokesperson|professor|senior|former|deputy)$/;
const ADVERBIAL_START = /^(on|in|at|during|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|previously|to|by|when|after|before|via)$/;

/**
 * Reported speech without quotation marks: "X said (that) …", "…, X said.", "According to X, …"
 * and "…, X said, …". Sentences holding a quotation are left to the quote finder, so a reported
 * clause with a quoted fragment yields the fragment, not the clause.
 */
export function findIndirect(doc: Doc, sentences: readonly Sentence[], direct: readonly Found[]): Found[] {
  const { tokens, quoteSpans } = doc;
  const out: Found[] = [];
  let qi = 0;
  for (const s of sentences) {
    const kind = doc.blocks[s.block]?.kind;
    if (kind !== 'paragraph' && kind !== 'list-item' && kind !== 'blockquote') continue;
    while (qi < quoteSpans.length && quoteSpans[qi].end <= s.start) qi++;
    if (qi < quoteSpans.length && quoteSpans[qi].start < s.end) continue;
    const ts = tokenAt(tokens, s.start);
    let te = tokenAt(tokens, s.end);
    if (te - ts < 5) continue;
    const hit = reported(doc, ts, te);
    if (!hit) continue;
    let [cs, ce] = hit.clause;
    while (ce > cs && !tokens[ce - 1].isWord) ce--;
    while (cs < ce && !tokens[cs].isWord && tokens[cs].text !== '$') cs++;
    if (ce - cs < MIN_WORDS) continue;
    const r = resolveNp(doc, hit.np);
    if (!r || !r.ent) continue;
    doc.reg.mention(r.ent, r.mention, r.via !== 'pronoun');
    doc.reg.speakers.add(r.ent);
    void te;
    te = ce;
    out.push({
      start: tokens[cs].start, end: tokens[ce - 1].end, type: 'indirect', ent: r.ent, mention: r.mention,
      cue: hit.cue, confidence: r.via === 'pronoun' ? 0.6 : 0.7,
    });
  }
  void direct;
  return out;
}

interface Reported {
  np: Np;
  cue: string;
  clause: [number, number];
}

function clauseVerb(doc: Doc, i: number): string | null {
  const t = doc.tokens[i];
  if (!t?.isWord || t.cap) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  return lemma && doc.lex.clauseVerbs.has(lemma) ? lemma : null;
}

function reported(doc: Doc, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  // According to X, CLAUSE.
  if (tokens[ts].lower === 'according' && tokens[ts + 1]?.lower === 'to') {
    let c = ts + 2;
    while (c < te && tokens[c].text !== ',') c++;
    const np = npForward(doc, ts + 2, c);
    if (np && c < te) return { np, cue: 'according to', clause: [c + 1, te] };
  }
  // CLAUSE, X said.  /  CLAUSE, said X.  /  CLAUSE, according to X.
  for (let c = te - 2; c > ts + 2 && te - c < 16; c--) {
    if (tokens[c].text !== ',') continue;
    const hit = cueAfter(doc, c + 1, te);
    if (!hit?.np) continue;
    const tail = hit.where === 'after' ? Math.max(hit.at, hit.np.last) : hit.np.last;
    // the attribution closes the sentence, maybe with an apposition or an adverbial ("on Monday")
    if (te - tail > 4 && !(tokens[tail + 1]?.text === ',' && APPOSITION_START.test(tokens[tail + 2]?.lower ?? '')) && !ADVERBIAL_START.test(tokens[tail + 1]?.lower ?? '')) continue;
    return { np: hit.np, cue: hit.cue, clause: [ts, c] };
  }
  // A, X said, B.
  for (let c = ts + 1; c < te - 4 && c - ts < 14; c++) {
    if (tokens[c].text !== ',') continue;
    const hit = cueAfter(doc, c + 1, te);
    if (!hit?.np || hit.where !== 'after') continue;
    const tail = Math.max(hit.at, hit.np.last);
    if (tokens[tail + 1]?.text !== ',' || APPOSITION_START.test(tokens[tail + 2]?.lower ?? '')) continue;
    return { np: hit.np, cue: hit.cue, clause: [tail + 2, te] };
  }
  // X said (that) CLAUSE.
  for (let v = ts + 1; v < te - 3 && v - ts < 20; v++) {
    const lemma = clauseVerb(doc, v);
    if (!lemma || tokens[v].lower.endsWith('ing') || looksLikeNoun(doc, v)) continue;
    const prev = tokens[v - 1].lower;
    if (prev === 'was' || prev === 'were' || prev === 'been' || prev === 'be' || prev === 'is') continue;
    const np = npBackward(doc, v - 1, ts);
    if (!np) continue;
    let c = v + 1;
    if (OBJECT_VERBS.has(lemma)) {
      const obj = npForward(doc, c, te);
      if (obj) c = obj.last + 1;
    }
    let that = -1;
    for (let k = c; k < te && k - c < 8; k++) {
      if (tokens[k].lower === 'that') { that = k; break; }
      if (tokens[k].text === ',' || tokens[k].text === ';') break;
    }
    if (that >= 0) return { np, cue: tokens[v].text, clause: [that + 1, te] };
    const n = tokens[c];
    if (!n?.isWord) continue;
    if (/^(to|in|on|at|for|with|about|of|by|from|as|it|so|nothing|anything|something|no|yes|goodbye|hello|more|little|much|this|that)$/.test(n.lower)) continue;
    if (!(n.cap || /^(the|a|an|he|she|they|it|we|i|there|his|her|their|its|this|those|these|some|many|most|no|if|when|what|how)$/.test(n.lower))) continue;
    return { np, cue: tokens[v].text, clause: [c, te] };
  }
  return null;
}
