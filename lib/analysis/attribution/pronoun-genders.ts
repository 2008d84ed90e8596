import { insideQuote, type Doc } from './doc';
import type { EntityRec } from './entities';

/** Pronouns needed, all of one gender: one "her" may be someone else's ("Limbaugh mocked her"). */
const MIN_VOTES = 2;

/**
 * A person's gender counted from the pronouns around their name: in a sentence that names one person
 * only, "his" and "her" after the name (outside quotations, where "I" and "you" speak of others) refer
 * to that person ("Swift got support last week, after accusing them of trying to stop her performing her
 * back catalogue"). A person gets the gender every such sentence agrees on, so that a later "she" is
 * not given to the man named last ("…owned by talent manager Scooter Braun. … she described this …").
 * People whose gender is already known keep it. One pass over the sentences and their tokens.
 */
export function countPronounGenders(doc: Doc): void {
  const { tokens, lex, runs, reg, sentences } = doc;
  const pronouns = lex.genderedPronouns;
  if (!pronouns?.size) return;
  const neuter = lex.neuterPossessives;
  const votes = new Map<EntityRec, { male: number; female: number; neuter: number }>();
  let t = 0;
  let r = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    while (r < runs.length && tokens[runs[r].first].start < s.start) r++;
    let person: EntityRec | null = null;
    let named = Infinity;
    let several = false;
    for (; r < runs.length && tokens[runs[r].first].start < s.end; r++) {
      const ent = reg.matchPerson(runs[r].words);
      if (!ent) continue;
      if (person && person !== ent) several = true;
      person = ent;
      named = Math.min(named, tokens[runs[r].first].start);
    }
    // only a sentence naming one person votes: the others' pronouns need no look-up
    if (!person || several) {
      while (t < tokens.length && tokens[t].start < s.end) t++;
      continue;
    }
    let male = 0;
    let female = 0;
    let its = 0;
    for (; t < tokens.length && tokens[t].start < s.end; t++) {
      // "But he is … to stump for Clinton": a pronoun before the name points back to someone else
      if (tokens[t].start < named) continue;
      const lower = tokens[t].lower;
      const g = pronouns.get(lower);
      if ((!g && !neuter?.has(lower)) || insideQuote(doc, tokens[t].start)) continue;
      if (g === 'male') male++;
      else if (g === 'female') female++;
      else its++;
    }
    if (!male && !female && !its) continue;
    const v = votes.get(person) ?? { male: 0, female: 0, neuter: 0 };
    v.male += male;
    v.female += female;
    v.neuter += its;
    votes.set(person, v);
  }
  for (const [ent, v] of votes) {
    if (ent.gender) continue;
    if (v.female >= MIN_VOTES && !v.male) ent.gender = 'female';
    else if (v.male >= MIN_VOTES && !v.female) ent.gender = 'male';
    // "Facebook regularly discloses the requests it has received … on its service": a one-word name
    // with no title that only "its" follows is a body, not a person
    else if (v.neuter && !v.male && !v.female && ent.words.length === 1 && !ent.title) ent.type = 'organization';
  }
}
