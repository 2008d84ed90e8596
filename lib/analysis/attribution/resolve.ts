import type { Span } from '../types';
import { insideQuote, sentenceOf, type Doc } from './doc';
import type { EntityRec } from './entities';
import { genderBefore } from './names';
import { isDeterminer, PRONOUNS, type Np } from './noun-phrase';

export interface Resolved {
  ent: EntityRec | null;
  mention: Span;
  /** How the words led to the entity: a name, a pronoun, an anaphor or an unnamed source. */
  via: 'name' | 'pronoun' | 'anaphor' | 'organisation' | 'unnamed';
}

/** "Donald Trump’s" -> "Donald Trump", "Chris Jones’" -> "Chris Jones". */
const withoutPossessive = (name: string) => name.replace(/(?<=\p{L})['’]s?$/u, '');

/** The full name for a bare name word: the earliest multi-word name in the text holding it. */
export function fullNameFor(doc: Doc, words: readonly string[]): string | null {
  if (!words.length) return null;
  const runs = doc.fullNames.get(words[words.length - 1]) ?? doc.fullNames.get(words[0]) ?? [];
  for (const r of runs) {
    if (words.every((w) => r.words.includes(w))) return withoutPossessive(doc.text.slice(doc.tokens[r.first].start, r.end));
  }
  return null;
}

/** The person entity for a name run (bare surnames join the full name). */
export function personFor(doc: Doc, runIndex: number): EntityRec {
  const r = doc.runs[runIndex];
  const at = doc.tokens[r.first].start;
  const known = doc.reg.matchPerson(r.words);
  if (known) {
    // "Hawk Sawyer" seen first, "Kathleen Hawk Sawyer" later: the entity takes the fuller name
    doc.reg.widen(known, withoutPossessive(doc.text.slice(at, r.end)), r.words);
    return known;
  }
  const full = r.words.length === 1 ? fullNameFor(doc, r.words) : null;
  const name = withoutPossessive(full ?? doc.text.slice(at, r.end));
  const ent = doc.reg.person(name, at);
  const g = genderBefore(doc.tokens, r.first, doc.lex);
  if (g && !ent.gender) ent.gender = g;
  return ent;
}

function pronoun(doc: Doc, word: string, at: number): EntityRec | null {
  const kind = doc.lex.pronouns.get(word);
  const skip = (pos: number) => insideQuote(doc, pos);
  if (kind === 'male' || kind === 'female') {
    const e = doc.reg.subjectAntecedent(at, kind, skip, (pos) => sentenceOf(doc, pos));
    if (e && !e.gender) e.gender = kind;
    return e;
  }
  if (kind === 'neuter') {
    return doc.reg.antecedent(at, (x) => x.type === 'organization' && doc.reg.speakers.has(x), skip, 1500) ??
      doc.reg.antecedent(at, (x) => x.type === 'organization', skip);
  }
  if (kind === 'plural') {
    return doc.reg.antecedent(at, (x) => x.type !== 'person' && doc.reg.speakers.has(x), skip, 1500) ??
      doc.reg.antecedent(at, (x) => x.type !== 'person', skip, 1500);
  }
  return null;
}

/** Turns the words naming a speaker into an entity (creating it when new). */
export function resolveNp(doc: Doc, np: Np, documents = false): Resolved | null {
  const { tokens, lex, reg, text } = doc;
  let first = np.first;
  while (first < np.last && isDeterminer(tokens[first].lower)) first++;
  const head = tokens[np.last];
  const mention = { start: tokens[np.first].start, end: tokens[np.last].end };
  const at = mention.start;
  if (np.first === np.last && PRONOUNS.has(head.lower) && doc.runAt[np.last] < 0) return { ent: pronoun(doc, head.lower, at), mention, via: 'pronoun' };

  const ri = doc.runAt[np.last];
  if (ri >= 0) {
    const ent = personFor(doc, ri);
    return { ent, mention, via: 'name' };
  }
  const bare = text.slice(tokens[first].start, head.end);
  const headWord = head.lower.replace(/['’]s$/, '');
  // "a New Hampshire Republican", "a spokesman for committee Democrats": an indefinite description is an
  // unnamed source, one per description, whatever its capitals
  const indefinite = tokens[np.first].lower === 'a' || tokens[np.first].lower === 'an';
  if (indefinite && first < np.last) return { ent: reg.named(bare, 'unnamed', at), mention, via: 'unnamed' };
  if (head.cap) {
    // "Doctor asks", "Judge said": a capitalised word that is the surname of a person already named
    if (first === np.last) {
      const person = reg.matchPerson([headWord]);
      if (person && person.words.length >= 2 && person.words[person.words.length - 1] === headWord) return { ent: person, mention, via: 'name' };
    }
    // "the Kremlin", "Beijing", "Food Standards Agency", "FSA"
    const ent = reg.named(bare, 'organization', at);
    return { ent, mention, via: 'organisation' };
  }
  if (lex.documentNouns.has(headWord) && !documents) return null;
  const relative = lex.kinshipWords.has(headWord) ? reg.kin.get(headWord) : undefined;
  if (relative) return { ent: relative, mention, via: 'anaphor' };
  const anaphor = lex.organisationAnaphors.get(headWord);
  const hasModifier = first < np.last;
  const definite = /^(the|its|their)$/.test(tokens[np.first].lower);
  if (anaphor && !lex.unnamedSourceNouns.has(headWord)) {
    if (definite && (!hasModifier || !tokens.slice(first, np.last).some((t) => t.cap))) {
      const mods = tokens.slice(first, np.last).map((t) => t.lower);
      const earlier = reg.organisationBefore(at, mods.length ? mods : anaphor) ?? reg.organisationBefore(at, anaphor);
      if (earlier) return { ent: earlier, mention, via: 'anaphor' };
    }
    return { ent: reg.named(bare, 'organization', at), mention, via: 'organisation' };
  }
  const ent = reg.named(bare, 'unnamed', at);
  return { ent, mention, via: 'unnamed' };
}
