// Reportage in French, German and Spanish quotes people it never names, after a sentence that
// describes them: "Ein junger Polizist wird knallrot, als wir sagen, … . „Das ist normalerweise nicht
// so …“". The description is the speaker, as "ein Sprecher" is when a verb of saying follows it.
import type { Span } from '../types';
import type { Doc } from './doc';
import type { EntityRec } from './entities';
import type { Np } from './noun-phrase';
import { resolveNp } from './resolve';
import { personNounGender } from './person-nouns';

/** Whether a noun names a person by role, sex or description ("Polizist", "Frau", "vecina", "45-Jährige"). */
const personNoun = (doc: Doc, word: string) => personNounGender(doc.lex, word) !== null;

/**
 * The unnamed person a sentence's subject describes, when its head is a person noun. Only in languages
 * that refer to people by definite descriptions (`definiteArticles`), where the subject of such a
 * sentence is who the reportage is about; English leaves these quotations to their cues.
 */
export function describedSubject(doc: Doc, np: Np): { ent: EntityRec; mention: Span } | null {
  if (!doc.lex.definiteArticles.size) return null;
  // the phrase read forwards may run on into the verb ("Ein junger Polizist wird"): its head is the
  // last person noun in it
  let head = np.head ?? np.last;
  while (head > np.first && !personNoun(doc, doc.tokens[head].lower)) head--;
  if (doc.runAt[head] >= 0 || !personNoun(doc, doc.tokens[head].lower)) return null;
  const r = resolveNp(doc, { first: np.first, last: head });
  if (r?.ent?.type !== 'unnamed') return null;
  // a description becomes an entity only once it speaks, as after a verb of saying
  doc.reg.mention(r.ent, r.mention);
  doc.reg.speakers.add(r.ent);
  return { ent: r.ent, mention: r.mention };
}
