import type { NameRun } from './names';
import type { Token } from './tokens';

/**
 * "Coach (Frank) Vogel came in here": the editor's bracketed insertion of a given name before a
 * surname, mostly inside a quotation, where the article gives the full name nowhere else. The
 * surname's run takes the given name ("Frank Vogel"), so that "Vogel said" later joins the full
 * name; the bracketed word, no one on its own, is no longer a run.
 */
export function joinBracketedGivenNames(tokens: readonly Token[], runs: NameRun[], text: string): NameRun[] {
  const out: NameRun[] = [];
  for (let ri = 0; ri < runs.length; ri++) {
    const r = runs[ri];
    const next = runs[ri + 1];
    const bracketed = r.words.length === 1 && r.first === r.last && tokens[r.first - 1]?.text === '(' && tokens[r.last + 1]?.text === ')';
    if (!bracketed || !next || next.first !== r.last + 2 || next.words.length !== 1 || text.slice(tokens[r.first - 1].start, tokens[next.first].start).includes('\n')) {
      out.push(r);
      continue;
    }
    const surname = text.slice(tokens[next.first].start, next.end).replace(/['’]s?$/, '');
    out.push({ ...next, words: [r.words[0], next.words[0]], name: `${tokens[r.first].text} ${surname}` });
    ri++;
  }
  return out;
}
