import { inLexicon, type LexiconData } from '../lexicon';
import type { Token } from './tokens';

/** A run of capitalised tokens that may name a person ("Nicolas Maduro", "Fred R. Conrad"). */
export interface NameRun {
  first: number;
  last: number;
  /** Lower-case name words, initials and dots excluded. */
  words: string[];
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'di', 'le', 'la', 'del', 'der', 'ter', 'du', 'dos', 'el']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]+$/u;

/** A capitalised word that can be part of a person's name. */
export function isNameWord(t: Token, lex: LexiconData): boolean {
  if (!t.isWord || !t.cap) return false;
  const { text, lower } = t;
  const n = text.length;
  // an acronym has no lower-case second letter ("Smith" is settled without the regular expression)
  if (n > 1) {
    const c1 = text.charCodeAt(1);
    if (!(c1 >= 97 && c1 <= 122) && ACRONYM.test(text)) return false;
  }
  // possessive: "Kremlin's" leads a title, it is not a name word
  const m = lower.length;
  if (m >= 2 && lower.charCodeAt(m - 1) === 115 && (lower.charCodeAt(m - 2) === 39 || lower.charCodeAt(m - 2) === 0x2019)) return false;
  if (notNameWords(lex).has(lower)) return false;
  // "US-Präsident", "Vereinigungsministerium": German compounds of titles and organisations
  return !(lex.compounds && (inLexicon(lex, lex.titleHeads, lower) || inLexicon(lex, lex.organisationWords, lower)));
}

const notNames = new WeakMap<LexiconData, Set<string>>();
/** The lexicon's words that are never part of a person's name, in one set (built once per lexicon). */
function notNameWords(lex: LexiconData): Set<string> {
  let set = notNames.get(lex);
  if (!set) {
    set = new Set<string>();
    for (const list of [lex.nonNameCapitals, lex.organisationWords, lex.titleHeads, lex.nationalities, lex.honorifics.keys(), lex.countries,
      lex.governmentMetonyms, lex.titleModifiers, lex.speechForms.keys(), lex.unnamedSourceNouns, lex.kinshipWords]) {
      for (const w of list) set.add(w);
    }
    notNames.set(lex, set);
  }
  return set;
}

const isInitial = (tokens: readonly Token[], i: number) =>
  tokens[i].text.length === 1 && tokens[i].cap && tokens[i + 1]?.text === '.';

/** Every maximal run of name words, in order (one linear pass). */
export function findNameRuns(tokens: readonly Token[], lex: LexiconData, text: string): NameRun[] {
  const flags = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) flags[k] = tokens[k].cap && isNameWord(tokens[k], lex) ? 1 : 0;
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!flags[i]) {
      i++;
      continue;
    }
    const first = i;
    const words: string[] = [];
    let last = i;
    while (i < tokens.length) {
      const t = tokens[i];
      if (isInitial(tokens, i) && tokens[i + 2] && flags[i + 2] && tokens[i + 1].end === tokens[i + 2].start - 1) {
        i += 2;
        continue;
      }
      if (SUFFIXES.has(t.lower) && i > first) break;
      if (flags[i] && (i === first || (tokens[i - 1].end + 1 >= t.start && text[t.start - 1] !== '\n'))) {
        words.push(t.lower);
        last = i;
        i++;
        continue;
      }
      if (PARTICLES.has(t.lower) && tokens[i + 1] && flags[i + 1] && i > first) {
        words.push(t.lower);
        i++;
        continue;
      }
      break;
    }
    if (words.length) runs.push({ first, last, words });
    if (i === first) i++;
  }
  return runs;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const AMBIGUOUS_HEADS = new Set(['major', 'general', 'chief', 'head', 'justice', 'count', 'marshal', 'principal', 'fellow', 'partner', 'speaker', 'executive', 'official', 'chair']);
const ROLE_VERBS = new Set(['works', 'worked', 'serves', 'served', 'follows', 'covers', 'teaches', 'taught', 'practises', 'practices']);

export interface TitleInfo {
  title: string;
  first: number;
  last: number;
}

/** Whether a lower-case word sequence ends in a title head ("deputy commissioner", "prime minister"). */
function headAt(words: readonly string[], end: number, lex: LexiconData): boolean {
  const w = words[end];
  if (!w) return false;
  return inLexicon(lex, lex.titleHeads, w.replace(/\.$/, '')) || (end > 0 && lex.titleHeads.has(`${words[end - 1]} ${w}`));
}

/** The title before a name: "Foreign Ministry spokeswoman", "Russian President", "Gen.". */
export function titleBefore(text: string, tokens: readonly Token[], first: number, lex: LexiconData): TitleInfo | null {
  let i = first - 1;
  if (tokens[i]?.text === '.' && tokens[i - 1] && lex.abbreviations.has(tokens[i - 1].lower) && tokens[i - 1].end === tokens[i].start) i--;
  const end = i;
  if (end < 0 || !tokens[end].isWord) return null;
  const headWord = tokens[end].lower;
  if (!inLexicon(lex, lex.titleHeads, headWord) || lex.kinshipWords.has(headWord)) return null;
  // "a major Seattle industry", "the general public": ambiguous heads count only when capitalised
  if (!tokens[end].cap && AMBIGUOUS_HEADS.has(headWord)) return null;
  let start = end;
  for (let k = end - 1; k >= 0 && end - k < 8; k--) {
    const t = tokens[k];
    if (!t.isWord) {
      if (t.text === '-' && k > 0) continue;
      break;
    }
    const w = t.lower.replace(/['’]s$/, '');
    if (DETERMINERS.has(w) || lex.articles.has(w) || lex.prepositions.has(w)) break;
    const ok = t.cap
      ? !lex.nonNameCapitals.has(w) || lex.titleModifiers.has(w)
      : lex.titleModifiers.has(w) || lex.titleHeads.has(w) || lex.nationalities.has(w) || lex.organisationWords.has(w);
    if (!ok) break;
    start = k;
  }
  // A capitalised run right before the head that is itself a person's name is not part of the title.
  return { title: text.slice(tokens[start].start, tokens[end].end), first: start, last: end };
}

const STOP_AFTER = new Set([',', ';', '.', '(', ')', '—', '–', ':', '"', '“', '”']);
const CLAUSE_WORDS = new Set(['who', 'which', 'whose', 'that', 'said', 'says', 'told', 'added', 'where', 'when', 'has', 'have', 'had', 'is', 'was', 'are', 'were']);
const PREPS = new Set(['of', 'at', 'for', 'in', 'on', 'with', 'from', 'to']);
const HEADS_VERBS = new Set(['heads', 'leads', 'runs', 'chairs', 'directs', 'oversees', 'manages']);

/** A verb or conjunction of the language that ends an apposition ("…, ministre, a …", "…, que …"). */
function stopsApposition(lex: LexiconData, w: string): boolean {
  return lex.auxiliaries.has(w) || lex.complementizers.has(w);
}

/** The title in apposition after a name: ", the Kremlin's spokesman", ", who heads the agency". */
export function titleAfter(text: string, tokens: readonly Token[], last: number, lex: LexiconData, afterAs = false): TitleInfo | null {
  if (!afterAs && tokens[last + 1]?.text !== ',') return null;
  let i = last + 2;
  if (tokens[i]?.lower === 'who' && HEADS_VERBS.has(tokens[i + 1]?.lower ?? '')) {
    const s = i + 2;
    let e = s;
    while (e < tokens.length && e - s < 12 && !STOP_AFTER.has(tokens[e].text) && !CLAUSE_WORDS.has(tokens[e].lower)) e++;
    if (e === s) return null;
    return { title: `head of ${text.slice(tokens[s].start, tokens[e - 1].end)}`, first: i, last: e - 1 };
  }
  if (tokens[i]?.lower === 'who' && ROLE_VERBS.has(tokens[i + 1]?.lower ?? '')) {
    // ", who follows Amazon as a managing director at …", ", who works for the department"
    for (let k = i + 2; k < tokens.length && k - i < 8; k++) {
      if (STOP_AFTER.has(tokens[k].text)) break;
      if (tokens[k].lower === 'as') return titleAfter(text, tokens, k - 1, lex, true);
    }
    const p = tokens[i + 2]?.lower;
    if (p === 'for' || p === 'at') {
      let e = i + 3;
      while (e < tokens.length && e - i < 12 && !STOP_AFTER.has(tokens[e].text) && !CLAUSE_WORDS.has(tokens[e].lower)) e++;
      if (e > i + 3) return { title: text.slice(tokens[i + 1].start, tokens[e - 1].end), first: i + 1, last: e - 1 };
    }
    return null;
  }
  if (DETERMINERS.has(tokens[i]?.lower ?? '') || lex.articles.has(tokens[i]?.lower ?? '')) i++;
  const s = i;
  const words: string[] = [];
  let headEnd = -1;
  let inPost = false;
  while (i < tokens.length && i - s < 18) {
    const t = tokens[i];
    if (STOP_AFTER.has(t.text) || CLAUSE_WORDS.has(t.lower) || stopsApposition(lex, t.lower)) break;
    if (t.lower === 'and' && !(tokens[i + 1] && lex.titleHeads.has(tokens[i + 1].lower)) && inPost) break;
    const w = t.lower.replace(/['’]s$/, '');
    words.push(w);
    if (PREPS.has(w) || (lex.prepositions.has(w) && words.length > 1)) inPost = true;
    if (!inPost && headAt(words, words.length - 1, lex)) headEnd = i;
    i++;
  }
  if (headEnd < 0 || lex.kinshipWords.has(tokens[headEnd].lower)) return null;
  // ", skipper Wade Bassi has …": a title that introduces another name is not an apposition
  const after = tokens[headEnd + 1];
  if (after?.cap && after.isWord && isNameWord(after, lex) && tokens[headEnd + 2]?.cap) return null;
  if (words.length > 16) return null;
  return { title: text.slice(tokens[s].start, tokens[i - 1].end), first: s, last: i - 1 };
}

/** The title in apposition before a name: "The agency's district supervisor for Queens, Milton Velez". */
export function titleBeforeComma(text: string, tokens: readonly Token[], first: number, lex: LexiconData): TitleInfo | null {
  if (tokens[first - 1]?.text !== ',') return null;
  let k = first - 2;
  const end = k;
  const det = (w: string) => DETERMINERS.has(w) || lex.articles.has(w);
  while (k >= 0 && end - k < 12 && tokens[k].isWord && !det(tokens[k].lower)) k--;
  if (k < 0 || !det(tokens[k].lower)) return null;
  const s = k + 1;
  if (s > end) return null;
  const words = tokens.slice(s, end + 1).map((t) => t.lower.replace(/['’]s$/, ''));
  const cut = words.findIndex((w, i) => PREPS.has(w) || (i > 0 && lex.prepositions.has(w)));
  const core = cut >= 0 ? cut - 1 : words.length - 1;
  if (core < 0 || !headAt(words, core, lex) || lex.kinshipWords.has(words[core])) return null;
  return { title: text.slice(tokens[s].start, tokens[end].end), first: s, last: end };
}

/** Gender told by an honorific or kinship/title word right before a name ("Mrs.", "her mother,"). */
export function genderBefore(tokens: readonly Token[], first: number, lex: LexiconData): 'male' | 'female' | null {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const w = tokens[k].lower;
    if (w === '.' || w === ',') continue;
    const h = lex.honorifics.get(w);
    if (h) return h;
    if (lex.femaleWords.has(w)) return 'female';
    if (lex.maleWords.has(w)) return 'male';
    if (tokens[k].isWord) break;
  }
  return null;
}

/** Gender of a title phrase ("spokeswoman" -> female). */
export function genderOfPhrase(phrase: string, lex: LexiconData): 'male' | 'female' | null {
  for (const w of phrase.toLowerCase().split(/[^\p{L}]+/u)) {
    if (lex.femaleWords.has(w)) return 'female';
    if (lex.maleWords.has(w)) return 'male';
  }
  return null;
}
