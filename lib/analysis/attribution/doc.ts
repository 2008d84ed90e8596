import type { LexiconData } from '../lexicon';
import type { Span } from '../types';
import type { EntityRec, EntityRegistry } from './entities';
import type { NameRun } from './names';
import type { SourcePhrases } from './source-phrases';
import type { Token } from './tokens';
import { firstIndex } from '../text/first-index';

/** Everything the attribution steps share about one article. */
export interface Doc {
  text: string;
  tokens: Token[];
  lex: LexiconData;
  runs: NameRun[];
  /** Token index -> index into `runs`, or -1. */
  runAt: Int32Array;
  /** Multi-word name runs by each of their words, in text order (for full names of bare surnames). */
  fullNames: Map<string, NameRun[]>;
  reg: EntityRegistry;
  /** Sorted outer spans of the quotations (marks included). */
  quoteSpans: Span[];
  /** Per character of `text`: 1 inside one of `quoteSpans`. Asked at almost every token, so a table. */
  quoted: Uint8Array;
  /** Where the source phrases ("according to", "selon") start, and their lengths. */
  sourcePhrases: SourcePhrases;
  /** Per token: the first cue word at or after it (see cue-words.ts); made when first asked. */
  cueWords: Int32Array | null;
  blocks: { start: number; end: number; kind: string }[];
  /** Sentences in text order. */
  sentences: Span[];
}

/** The sentence holding `offset`, or null. */
export function sentenceOf(doc: Doc, offset: number): Span | null {
  const s = doc.sentences;
  const at = firstIndex(s.length, (i) => s[i].end > offset);
  return at < s.length && s[at].start <= offset ? s[at] : null;
}

/** A speaker found for a quote: the entity and the words that name it. */
export interface SpeakerHit {
  ent: EntityRec | null;
  mention: Span | null;
  cue: string | null;
  confidence: number;
}

/** Whether the character at `offset` is inside a quotation (its marks included). */
export function insideQuote(doc: Doc, offset: number): boolean {
  return doc.quoted[offset] === 1;
}

/** The `quoted` table of a text's quotation spans. */
export function quotedChars(length: number, spans: readonly Span[]): Uint8Array {
  const quoted = new Uint8Array(length);
  for (const q of spans) quoted.fill(1, q.start, q.end);
  return quoted;
}

/** The speech-verb lemma of a token, or null ("explique-t-il" is the verb "expliquer" with its subject). */
export function speechLemma(doc: Doc, t: Token | undefined): string | null {
  if (!t || !t.isWord) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  if (lemma || !doc.lex.joinedPronouns) return lemma ?? null;
  const p = joinedPronoun(doc, t);
  return p ? (doc.lex.speechForms.get(t.lower.slice(0, t.lower.length - p.length - 1).replace(/-t$/, '')) ?? null) : null;
}

/** The subject pronoun joined to an inverted verb ("a-t-elle" -> "elle"), or null. */
export function joinedPronoun(doc: Doc, t: Token | undefined): string | null {
  if (!t || !doc.lex.joinedPronouns) return null;
  const dash = t.lower.lastIndexOf('-');
  if (dash <= 0) return null;
  const p = t.lower.slice(dash + 1);
  return doc.lex.pronouns.has(p) ? p : null;
}
