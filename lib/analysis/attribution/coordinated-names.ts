import type { LexiconData } from '../lexicon/types';
import type { NameRun } from './names';
import type { Token } from './tokens';

/** "and" and its kin in the other languages of the lexicons ("Cristina y Máximo Kirchner"). */
const COORDINATORS = new Set(['and', 'y', 'und', 'et']);

/**
 * "Joe and Hunter Biden", "Bill and Hillary Clinton": a given name coordinated with a full name
 * shares its surname, so the first run is named in full ("Joe Biden") and stays apart from the second
 * person. A word the text also uses as a surname or alone ("Clinton and Bernie Sanders", "Clinton
 * said") is no given name and is left as it is.
 */
export function shareCoordinatedSurnames(tokens: readonly Token[], runs: NameRun[], text: string, lex: LexiconData): NameRun[] {
  const alone = new Map<string, number>();
  const asSurname = new Set<string>();
  for (const r of runs) {
    if (r.words.length === 1) alone.set(r.words[0], (alone.get(r.words[0]) ?? 0) + 1);
    else asSurname.add(r.words[r.words.length - 1]);
  }
  return runs.map((r, ri) => {
    const next = runs[ri + 1];
    if (r.words.length !== 1 || !next || next.words.length !== 2 || next.first !== r.last + 2) return r;
    if (!COORDINATORS.has(tokens[r.last + 1].lower) || text.slice(tokens[r.last].end, tokens[next.first].start).includes('\n')) return r;
    const given = r.words[0];
    if (asSurname.has(given) || (alone.get(given) ?? 0) > 1 || lex.titleHeads.has(given)) return r;
    const surnameAt = tokens[next.first + 1];
    const name = `${text.slice(tokens[r.first].start, r.end)} ${text.slice(surnameAt.start, next.end).replace(/['’]s?$/, '')}`;
    return { ...r, words: [given, next.words[1]], name };
  });
}
