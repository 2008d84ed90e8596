import type { Doc } from './doc';
import type { EntityRec } from './entities';
import { isPossessive, type NameRun } from './names';
import { isDeterminer } from './noun-phrase';

/** Words that may follow the organisation noun of a description ("the group that owns …", "the label,"). */
const AFTER_HEAD = new Set([',', '.', ';', 'that', 'which', 'behind', 'owned', 'based']);
const MAX_DESCRIPTION = 12;

/** Whether tokens [from, to] hold "a/the/its … NOUN" whose head noun stands for an organisation. */
function organisationDescription(doc: Doc, from: number, to: number): boolean {
  const { tokens, lex } = doc;
  if (!isDeterminer(tokens[from]?.lower ?? '', lex)) return false;
  // the head is the first organisation noun among the next three words, followed by a clause or a comma
  for (let k = from + 1; k <= Math.min(to, from + 3); k++) {
    const t = tokens[k];
    if (!t.isWord) return false;
    if (lex.organisationAnaphors.has(t.lower)) return k === to || AFTER_HEAD.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Description before the name: "The group that owns most of her music, Big Machine, says". */
function describedBefore(doc: Doc, r: NameRun): boolean {
  const { tokens } = doc;
  // the name closed by a comma too: "…, Dick Clark Productions," is not the organisation "Dick Clark"
  if (tokens[r.first - 1]?.text !== ',' || tokens[r.last + 1]?.text !== ',') return false;
  // the description opens the clause: the sentence's start, a comma or a colon right before it
  for (let k = r.first - 2; k >= 0 && r.first - k <= MAX_DESCRIPTION; k--) {
    const t = tokens[k];
    if (!t.isWord && t.text !== '-' && t.text !== '’' && t.text !== "'") return false;
    const before = tokens[k - 1];
    const opens = !before || !before.isWord || doc.text.slice(before.end, t.start).includes('\n');
    if (opens && organisationDescription(doc, k, r.first - 2)) return true;
  }
  return false;
}

/** Description after the name: "Big Machine, her former record label, said". */
function describedAfter(doc: Doc, r: NameRun): boolean {
  const { tokens } = doc;
  if (tokens[r.last + 1]?.text !== ',') return false;
  let e = r.last + 2;
  while (e < tokens.length && e - r.last <= MAX_DESCRIPTION && tokens[e].isWord) e++;
  return /^[,.;]$/.test(tokens[e]?.text ?? '') && organisationDescription(doc, r.last + 2, e - 1);
}

/**
 * Names that an apposition calls an organisation ("The group that owns most of her music, Big
 * Machine, says …", "Big Machine, the label, …"): names without an organisation word of their own
 * that would otherwise be taken for a person because they speak. Every mention of the same name
 * is that organisation's, so that a later "they said" or "it says" finds it.
 */
export function collectApposedOrganisations(doc: Doc): void {
  const { tokens, runs, reg, text, lex } = doc;
  const names = new Set<string>();
  for (const r of runs) {
    if (lex.pronouns.has(tokens[r.last].lower) || /['’]s$/.test(tokens[r.last].lower)) continue;
    if (describedBefore(doc, r) || describedAfter(doc, r)) names.add(text.slice(tokens[r.first].start, r.end));
  }
  if (!names.size) return;
  for (const r of runs) {
    const name = text.slice(tokens[r.first].start, r.end).replace(/['’]s$/, '');
    if (!names.has(name)) continue;
    const ent = reg.apposedOrganisationNamed(name, tokens[r.first].start);
    reg.mention(ent, { start: tokens[r.first].start, end: tokens[r.first].start + name.length });
  }
}

/**
 * The organisation an apposition made of name run `r` ("The group that owns her music, Big Machine,
 * says"), its possessive ending read off ("Big Machine’s"). Most articles have none: then the answer
 * comes before the run's text is sliced.
 */
export function apposedRunOrganisation(doc: Doc, r: NameRun): EntityRec | null {
  const { reg } = doc;
  if (!reg.hasApposedOrganisations) return null;
  const name = doc.text.slice(doc.tokens[r.first].start, r.end);
  return reg.apposedOrganisation(isPossessive(name) ? name.slice(0, -2) : name);
}
