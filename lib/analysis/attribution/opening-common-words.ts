import type { LexiconData } from '../lexicon';
import type { NameRun } from './names';
import type { Token } from './tokens';

/**
 * "Comedian Sarah Silverman said …", "Certainly Donald Trump has …": a word that running text writes in
 * lower case, opening its sentence capitalised, is read into the name after it. It is no part of the name
 * when a given name follows it, or when it is an adverb in "-ly" (given names such as "Emily" or "Kelly"
 * stay). A name of one word after it is left alone ("Maybe Trump" cannot be told from a two-word name).
 */
export function withoutOpeningCommonWords(tokens: readonly Token[], runs: NameRun[], lex: LexiconData, text: string): NameRun[] {
  const lower = lex.lowercaseWords;
  const given = lex.givenNames;
  if (!lower || !given) return runs;
  for (const r of runs) {
    if (r.words.length < 2 || r.first === r.last) continue;
    const w = r.words[0];
    if (!lower.has(w) || given.has(w) || lex.titleHeads.has(w) || lex.titleModifiers.has(w)) continue;
    if (!given.has(r.words[1]) && !w.endsWith('ly')) continue;
    if (!startsSentence(tokens, r.first, text)) continue;
    r.first++;
    r.words.shift();
  }
  return runs;
}

/**
 * Token `i` opens a line or follows a sentence's end (an opening quotation mark may stand between). Name
 * runs are read before the sentences are split, so the tokens are asked, not sentence-openers.ts.
 */
export function startsSentence(tokens: readonly Token[], i: number, text: string): boolean {
  let k = i - 1;
  if (k >= 0 && !tokens[k].isWord && /^["“‘']$/.test(tokens[k].text)) k--;
  if (k < 0) return true;
  return /^[.!?]$/.test(tokens[k].text) || text.slice(tokens[k].end, tokens[k + 1].start).includes('\n');
}
