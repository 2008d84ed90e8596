// "As X reported, CLAUSE" and "CLAUSE, as X noted.": a source named in an "as" clause of saying
// vouches for the rest of the sentence (PolNeAR train: the clause is annotated as X's in about two
// cases of three).
import { MIN_WORDS, words, type Reported } from './clause-basics';
import type { Doc } from './doc';
import { npForward, SKIP_BETWEEN, type Np } from './noun-phrase';

/** Words between the verb and the comma: an adverbial ("in December", "just today", "previously"). */
const MAX_AFTER_VERB = 4;

/** "As X reported, CLAUSE" or "As reported by X, CLAUSE" opening the sentence at `ts`. */
export function asReportBefore(doc: Doc, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  let a = ts;
  if (/^(and|but|so)$/.test(tokens[a]?.lower ?? '') && tokens[a + 1]?.text === ',') a += 2;
  else if (/^(and|but|so)$/.test(tokens[a]?.lower ?? '')) a++;
  if (tokens[a]?.lower !== 'as') return null;
  const source = asSource(doc, a + 1, te);
  if (!source || tokens[source.end]?.text !== ',') return null;
  const from = source.end + 1;
  return words(doc, from, te) >= MIN_WORDS ? { np: source.np, cue: source.cue, clause: [from, te] } : null;
}

/** "CLAUSE, as X noted." closing the sentence that ends before `te`. */
export function asReportAfter(doc: Doc, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  for (let c = te - 3; c > ts + MIN_WORDS && te - c < 20; c--) {
    if (tokens[c].text !== ',' || tokens[c + 1]?.lower !== 'as') continue;
    const source = asSource(doc, c + 2, te);
    if (!source) return null;
    let end = source.end;
    while (end < te && !tokens[end].isWord) end++;
    return end >= te && words(doc, ts, c) >= MIN_WORDS ? { np: source.np, cue: source.cue, clause: [ts, c] } : null;
  }
  return null;
}

/**
 * The source and verb after "as": "the Post reported", "Clyburn has noted", "reported by BuzzFeed",
 * then a short adverbial; `end` is the token after them (the comma or the sentence's end).
 */
function asSource(doc: Doc, from: number, te: number): { np: Np; cue: string; end: number } | null {
  const { tokens, lex } = doc;
  if (lex.speechForms.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'by') {
    const by = npForward(doc, from + 2, te);
    const end = by ? afterAdverbial(doc, by.last + 1, te) : -1;
    return by && end >= 0 ? { np: by, cue: `${tokens[from].text} by`, end } : null;
  }
  const np = npForward(doc, from, te);
  if (!np) return null;
  let verb = np.last + 1;
  while (verb < te && verb - np.last <= 3 && SKIP_BETWEEN.has(tokens[verb].lower)) verb++;
  const t = tokens[verb];
  // "as the senator said that …" is a time clause: the verb ends its own words
  if (!t?.isWord || t.cap || !lex.clauseVerbs.has(lex.speechForms.get(t.lower) ?? '') || tokens[verb + 1]?.lower === 'that') return null;
  const end = afterAdverbial(doc, verb + 1, te);
  return end < 0 ? null : { np, cue: t.text, end };
}

/** The token after a short adverbial from `k` (no comma, no "that"): the comma or the sentence's end; -1 when longer. */
function afterAdverbial(doc: Doc, k: number, te: number): number {
  const { tokens } = doc;
  const start = k;
  while (k < te && tokens[k].isWord && tokens[k].lower !== 'that') {
    if (k - start >= MAX_AFTER_VERB) return -1;
    k++;
  }
  return k;
}
