// "President Barack Obama spoke … “…,” the president said", "Sen. Elizabeth Warren … the senator
// added": English reporting refers back to a named person by the role noun of their title. French,
// German and Spanish do so through their definite articles (described-person.ts); English keeps "the"
// out of that machinery, so it is read here, for the bare role noun alone.
import type { Np } from './noun-phrase';
import { insideQuote, type Doc } from './doc';
import type { EntityRec } from './entities';
import { inLexicon, isEnglish, type LexiconData } from '../lexicon';

/** How far back a role noun reaches for the person it refers to (a few paragraphs). */
const REACH = 4000;

/** Modifiers that make another office of the same noun ("vice president" is not "president"). */
const OTHER_OFFICE = new Set(['former', 'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'ex', 'lieutenant', 'under']);

/** Abbreviated titles by the role noun that refers back to them ("Sen. Warren" … "the senator"). */
const SPELLED_OUT = new Map([
  ['sen', 'senator'], ['sens', 'senator'], ['rep', 'congressman'], ['gov', 'governor'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['atty', 'attorney'], ['sec', 'secretary'], ['pres', 'president'], ['supt', 'superintendent'], ['adm', 'admiral'],
  ['col', 'colonel'], ['capt', 'captain'], ['sgt', 'sergeant'], ['det', 'detective'], ['insp', 'inspector'], ['rev', 'reverend'],
]);

/** Role nouns that refer to the same office ("Rep. Schiff" is "the congressman" or "the congresswoman"). */
const SAME_OFFICE = new Map([['congresswoman', 'congressman'], ['representative', 'congressman'], ['lawmaker', 'congressman']]);
const office = (w: string) => SAME_OFFICE.get(w) ?? w;

/** A title's words before its complement ("Secretary of State" -> secretary), lower case, abbreviations spelled out. */
function titleWords(title: string): string[] {
  const words = title.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).map((w) => office(SPELLED_OUT.get(w) ?? w));
  const complement = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'to' || w === 'at' || w === 'on'));
  return complement > 0 ? words.slice(0, complement) : words;
}

/** A title's complement names a body ("president of the Federal Reserve Bank of New York"). */
const namedBody = (title: string) => /\s(of|for|to|at|on)\s.*\p{Lu}/u.test(title);

/**
 * Whether a person's title names the office of the role noun `head` with its `modifiers`: the same head
 * word ("president", not "president-elect"), every modifier of the noun in the title, and no modifier
 * of the title that makes another office missing from the noun ("the president" is not the vice president).
 */
function namesOffice(lex: LexiconData, title: string | null, head: string, modifiers: readonly string[]): boolean {
  if (!title) return false;
  const words = titleWords(title);
  if (words[words.length - 1] !== office(head)) return false;
  // "New York Fed President John Williams", "president of the Federal Reserve Bank": an office of a
  // named place or body is not what "the president" of the article means
  if (!words.slice(0, -1).every((w) => lex.titleModifiers.has(w)) || namedBody(title)) return false;
  return modifiers.every((m) => words.includes(m)) && words.every((w) => !OTHER_OFFICE.has(w) || modifiers.includes(w));
}

/**
 * The person an English "the" + role noun ("the president", "the former senator") stands for: the
 * person named last before it, when the article has named them with that office; null otherwise (the
 * words then stay an unnamed source).
 */
export function roleHolder(doc: Doc, np: Np, at: number): EntityRec | null {
  const { tokens, lex, reg } = doc;
  if (!isEnglish(lex) || np.last === np.first || tokens[np.first].lower !== 'the') return null;
  const head = tokens[np.last].lower;
  if (!lex.titleHeads.has(head)) return null;
  const modifiers: string[] = [];
  for (let k = np.first + 1; k < np.last; k++) {
    if (tokens[k].cap || !lex.titleModifiers.has(tokens[k].lower)) return null;
    modifiers.push(tokens[k].lower);
  }
  // the person named last, as for "he": "Rubio stopped by … the senator said" is Rubio even where
  // another senator was named with the title earlier
  const last = reg.antecedent(at, (e) => e.type === 'person', (pos) => insideQuote(doc, pos), REACH);
  if (!last || !namesOffice(lex, last.title, head, modifiers)) return null;
  return anotherNameSince(doc, last, at) ? null : last;
}

/**
 * Whether a name of two or more words that is not `person`'s stands between their last mention and
 * `at` ("Marco Rubio stopped by … the senator said"): someone the article names without a title or a
 * verb of saying, whom the role noun may mean as well.
 */
function anotherNameSince(doc: Doc, person: EntityRec, at: number): boolean {
  // the end of the person's last mention before `at`
  let lastStart = -1;
  let from = -1;
  for (const m of person.mentions) {
    if (m.start < at && m.start > lastStart) {
      lastStart = m.start;
      from = m.end;
    }
  }
  for (const r of doc.runs) {
    const start = doc.tokens[r.first].start;
    if (start < from || start >= at || r.words.length < 2 || insideQuote(doc, start)) continue;
    if (doc.reg.matchPerson(r.words) !== person && !r.words.some((w) => inLexicon(doc.lex, doc.lex.organisationWords, w.toLowerCase()))) return true;
  }
  return false;
}
