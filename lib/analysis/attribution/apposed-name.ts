import type { Doc } from './doc';
import { npForward, type Np } from './noun-phrase';
import { titleOfDomainBefore } from './title-complements';

/** Words that open a clause or a coordination: past them the words no longer describe the speaker. */
const CLAUSE_WORDS = /^(who|whom|whose|which|that|and|but|or|as|when|while|because|if|after|before|is|was|are|were|has|had|have)$/;
const MAX_DESCRIPTION = 8;

/**
 * "…, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.":
 * an inverted subject that only describes its speaker, then names them in apposition as the last
 * words of the sentence. The name speaks; the description is who they are, not a second source.
 */
export function nameAfterDescription(doc: Doc, np: Np, to: number): Np | null {
  const { tokens, lex } = doc;
  if (np.implicit || doc.runAt[np.last] >= 0 || lex.pronouns.has(tokens[np.last].lower)) return null;
  const titled = nameAfterDomainTitle(doc, np, to);
  if (titled) return titled;
  let c = (np.after ?? np.last) + 1;
  for (; c < to && tokens[c].text !== ','; c++) {
    const t = tokens[c];
    if (c - np.last > MAX_DESCRIPTION || !t.isWord || lex.speechForms.has(t.lower) || CLAUSE_WORDS.test(t.lower)) return null;
  }
  if (tokens[c]?.text !== ',') return null;
  const name = npForward(doc, c + 1, to);
  if (!name || doc.runAt[name.last] < 0) return null;
  const end = (name.after ?? name.last) + 1;
  return end >= to || tokens[end].text === '.' || tokens[end].text === ';' ? name : null;
}

/**
 * "said Secretary of State John Kerry", "said Director of National Intelligence James Clapper": the words
 * read stop at the title's head; the name after its domain speaks.
 */
function nameAfterDomainTitle(doc: Doc, np: Np, to: number): Np | null {
  const { tokens } = doc;
  if (np.first !== np.last || !tokens[np.last].cap || !DOMAIN_OPENERS.has(tokens[np.last + 1]?.lower ?? '')) return null;
  for (let k = np.last + 2; k < to && k - np.last <= 7; k++) {
    const ri = doc.runAt[k];
    if (ri >= 0) {
      const run = doc.runs[ri];
      const title = run.first === k ? titleOfDomainBefore(doc.text, tokens, run, doc.lex) : null;
      return title && title.first <= np.first ? { first: run.first, last: run.last } : null;
    }
    if (!tokens[k].isWord || (!tokens[k].cap && !DOMAIN_OPENERS.has(tokens[k].lower) && tokens[k].lower !== 'the')) return null;
  }
  return null;
}

const DOMAIN_OPENERS = new Set(['of', 'for']);
