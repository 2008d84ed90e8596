import type { LexiconData } from '../types';

/** An annotated article as PolNeAR gives it: the text and each attribution's speaker offsets. */
export interface SpeakerNounArticle {
  text: string;
  quotes: { speaker_start?: number | null; speaker_end?: number | null }[];
}

/** A noun learned from the annotations, with the counts that justify it. */
export interface SpeakerNoun {
  word: string;
  /** Annotated speakers whose last word it is. */
  heads: number;
  /** Times it stands right before a verb of saying anywhere in the text. */
  beforeVerb: number;
  /** Of those, times it lies inside an annotated speaker. */
  speaking: number;
}

/**
 * The thresholds: a noun must head enough speakers to be more than one article's habit, and must speak
 * most times a verb of saying follows it ("the crowd chanted" yes, "the law says" no).
 */
export const MIN_HEADS = 10;
export const MIN_BEFORE_VERB = 3;
export const MIN_SPEAKING_SHARE = 0.6;

const WORD = /[\p{L}’'-]+/gu;

/** Words the lexicon already types (titles, organisations, sources, documents) or treats as function words. */
function known(lex: LexiconData, w: string): boolean {
  return lex.nonNameCapitals.has(w) || lex.pronouns.has(w) || lex.speechForms.has(w) || lex.titleHeads.has(w) ||
    lex.titleModifiers.has(w) || lex.organisationWords.has(w) || lex.unnamedSourceNouns.has(w) || lex.documentNouns.has(w) ||
    lex.kinshipWords.has(w) || lex.nationalities.has(w) || lex.organisationAnaphors.has(w);
}

/**
 * A candidate head: a lower-case word that is not a verb form ("those surveyed", "anyone watching"),
 * a relative or a function word.
 */
function candidate(lex: LexiconData, w: string): boolean {
  return /^\p{Ll}{3,}$/u.test(w) && !/(ed|ing|ly)$/.test(w) && !/^(who|whom|whose|which|what|others|those|these|them|him|anyone|everyone|someone|nobody)$/.test(w) && !known(lex, w);
}

/** Nouns that head annotated speakers and speak reliably before a verb of saying, sorted by word. */
export function countSpeakerNouns(articles: readonly SpeakerNounArticle[], lex: LexiconData): SpeakerNoun[] {
  const heads = new Map<string, number>();
  const beforeVerb = new Map<string, number>();
  const speaking = new Map<string, number>();
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const a of articles) {
    const spans = a.quotes.filter((q) => q.speaker_start != null && q.speaker_end != null).map((q) => [q.speaker_start!, q.speaker_end!] as const);
    for (const [s, e] of spans) {
      // the last word as written: "Breitbart.com" ends in no noun "com"
      const last = a.text.slice(s, e).trim().split(/\s+/).pop()?.replace(/^\p{P}+|\p{P}+$/gu, '');
      if (last && candidate(lex, last)) bump(heads, last);
    }
    const tokens = [...a.text.matchAll(WORD)];
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (!next || !candidate(lex, t[0]) || !heads.has(t[0])) return;
      // only a space between them: "the candidates said", not "the candidates. Said"
      if (!/^\s+$/.test(a.text.slice(t.index! + t[0].length, next.index!))) return;
      const lemma = lex.speechForms.get(next[0].toLowerCase());
      if (!lemma || lex.weakVerbs.has(lemma)) return;
      bump(beforeVerb, t[0]);
      if (spans.some(([s, e]) => t.index! >= s && t.index! < e)) bump(speaking, t[0]);
    });
  }
  return [...heads]
    .filter(([w, n]) => n >= MIN_HEADS && (beforeVerb.get(w) ?? 0) >= MIN_BEFORE_VERB && (speaking.get(w) ?? 0) / beforeVerb.get(w)! >= MIN_SPEAKING_SHARE)
    .map(([word, n]) => ({ word, heads: n, beforeVerb: beforeVerb.get(word)!, speaking: speaking.get(word) ?? 0 }))
    .sort((x, y) => (x.word < y.word ? -1 : 1));
}
