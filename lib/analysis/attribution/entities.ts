import type { Entity, EntityType, Span } from '../types';
import { firstIndex } from '../text/first-index';
import { foldedName, nameKey } from './names';
import { keepInstance } from '../kept-instances';

/** An entity under construction: mentions are appended as the text is read. */
export interface EntityRec {
  id: string;
  name: string;
  words: string[];
  type: EntityType;
  title: string | null;
  titleScore: number;
  gender: 'male' | 'female' | null;
  mentions: Span[];
  firstAt: number;
}

interface MentionEvent {
  at: number;
  ent: EntityRec;
}

const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** How far back (characters) "he" or "she" looks for a person of its gender past one of unknown gender. */
const KNOWN_GENDER_REACH = 1000;
/** Name words without initials, dots or suffixes, as runs key them: "Fred R. Conrad" -> fred, conrad; "al-Bashir" -> bashir. */
const nameWords = (name: string) =>
  name.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length > 1 && !SUFFIX_WORDS.has(w)).map(nameKey);

/** A lower-case name without its leading article ("the white house" -> "white house"); asked at every mention. */
function withoutArticle(name: string): string {
  if (name.startsWith('the ')) return name.slice(4);
  if (name.startsWith('a ')) return name.slice(2);
  return name.startsWith('an ') ? name.slice(3) : name;
}

/** What a mention does in its sentence, as the antecedent search asks it (mention-roles.ts answers). */
export interface MentionRoles {
  sentenceOf: (at: number) => Span | null;
  /** Only the object of a preposition ("a company owned by talent manager Scooter Braun"). */
  objectAt?: (at: number) => boolean;
  /** In its sentence's subject place: no word before it but its title's. */
  subjectAt?: (at: number) => boolean;
  /** The subject of a verb of saying ("Cole said", "…,” said Cole). */
  speaksAt?: (at: number) => boolean;
}

/**
 * The entities of one article. People are keyed by their name words so that "Mao", "Ms. Mao" and
 * "Mao Ning" join; the canonical name is the longest full form seen.
 */
export class EntityRegistry {
  readonly all: EntityRec[] = [];
  private events: MentionEvent[] = [];
  private byKey = new Map<string, EntityRec>();
  /** Kinship words that introduced a person ("her mother, Fiona") -> that person. */
  readonly kin = new Map<string, EntityRec>();
  /** Entities seen speaking (preferred antecedents of "it" and "they"). */
  readonly speakers = new Set<EntityRec>();

  person(name: string, at: number): EntityRec {
    const words = nameWords(name);
    const found = this.matchPerson(words);
    if (found) {
      if (words.length > found.words.length && found.words.every((w) => words.includes(w))) {
        found.name = name;
        found.words = words;
        this.matches.clear();
      }
      return found;
    }
    return this.create(name, 'person', at, words);
  }

  /** "Hawk Sawyer" then "Kathleen Hawk Sawyer": the entity takes the fuller form of its name. */
  widen(e: EntityRec, name: string, words: readonly string[]): void {
    if (e.type === 'person' && words.length > e.words.length && e.words.every((w) => words.includes(w))) {
      e.name = name;
      e.words = [...words];
      this.matches.clear();
    }
  }

  /** People only, in order of creation: `matchPerson` scans them for every name run it is asked about. */
  private people: EntityRec[] = [];
  /**
   * `matchPerson`'s answers by name words, valid until a person is added or a person's words change
   * (the only things its answer depends on): the same runs are asked about by several stages.
   */
  private matches = new Map<string, EntityRec | null>();

  /** The person whose name holds all these words (earliest introduced wins among several). */
  matchPerson(words: readonly string[]): EntityRec | null {
    if (!words.length) return null;
    const key = words.length === 1 ? words[0] : words.join('\u0000');
    const known = this.matches.get(key);
    if (known !== undefined) return known;
    const best = this.scanPeople(words);
    this.matches.set(key, best);
    return best;
  }

  /** Each person's name words without accents, by their words array (replaced, never changed, when a name widens). */
  private folded = new WeakMap<readonly string[], string[]>();

  private foldedWords(words: readonly string[]): string[] {
    let out = this.folded.get(words);
    if (!out) this.folded.set(words, (out = words.map(foldedName)));
    return out;
  }

  /** Name words match when they are the same without accents (`sameNameWord`), compared here folded once. */
  private scanPeople(words: readonly string[]): EntityRec | null {
    const asked = words.map(foldedName);
    let best: EntityRec | null = null;
    for (const e of this.people) {
      const own = this.foldedWords(e.words);
      const sub = asked.every((w) => own.includes(w));
      const sup = own.length >= 2 && own.every((w) => asked.includes(w)) && asked.length <= own.length + 1;
      if (!sub && !sup) continue;
      if (!best || e.firstAt < best.firstAt) best = e;
    }
    return best;
  }

  named(name: string, type: EntityType, at: number): EntityRec {
    const key = `${type}:${withoutArticle(name.toLowerCase())}`;
    const found = this.byKey.get(key);
    if (found) return found;
    const rec = this.create(name, type, at, nameWords(name));
    this.byKey.set(key, rec);
    return rec;
  }

  /** Organisations named by an apposition ("The group that owns her music, Big Machine, …"). */
  private apposed = new Set<EntityRec>();

  /** Registers `name` as an organisation that an apposition describes (see apposed-organisation.ts). */
  apposedOrganisationNamed(name: string, at: number): EntityRec {
    const ent = this.named(name, 'organization', at);
    this.apposed.add(ent);
    return ent;
  }

  /** Whether any apposition made an organisation of a name (callers skip building the name otherwise). */
  get hasApposedOrganisations(): boolean {
    return this.apposed.size > 0;
  }

  /** The organisation an apposition gave this name, if any: every mention of the name is its. */
  apposedOrganisation(name: string): EntityRec | null {
    // most articles have no such organisation: no key to build then
    if (!this.hasApposedOrganisations) return null;
    const ent = this.byKey.get(`organization:${withoutArticle(name.toLowerCase())}`);
    return ent && this.apposed.has(ent) ? ent : null;
  }

  private create(name: string, type: EntityType, at: number, words: string[]): EntityRec {
    const rec: EntityRec = { id: '', name, words, type, title: null, titleScore: 0, gender: null, mentions: [], firstAt: at };
    this.all.push(rec);
    if (type === 'person') {
      this.people.push(rec);
      this.matches.clear();
    }
    return rec;
  }

  setTitle(e: EntityRec, title: string, score: number): void {
    if (score > e.titleScore) {
      e.title = title;
      e.titleScore = score;
    }
  }

  /** Mentions recorded, by start: who was mentioned there (entity fields as they were then). */
  private seen = new Map<number, { firstAt: number; type: EntityType; name: string }[]>();
  private sorted = true;

  mention(e: EntityRec, span: Span, forPronouns = true): void {
    // one mention per place and entity (compared by fields, as a name may grow later)
    let here = this.seen.get(span.start);
    if (!here) this.seen.set(span.start, (here = []));
    else if (here.some((x) => x.firstAt === e.firstAt && x.type === e.type && x.name === e.name)) return;
    here.push({ firstAt: e.firstAt, type: e.type, name: e.name });
    e.mentions.push({ start: span.start, end: span.end });
    if (!forPronouns) return;
    const last = this.events[this.events.length - 1];
    if (last && last.at > span.start) this.sorted = false;
    this.events.push({ at: span.start, ent: e });
  }

  /** Entities mentioned in [start, end), in text order. */
  mentionedIn(start: number, end: number): EntityRec[] {
    this.sort();
    const out: EntityRec[] = [];
    for (let k = this.firstEventAt(start); k < this.events.length && this.events[k].at < end; k++) out.push(this.events[k].ent);
    return out;
  }

  private sort(): void {
    if (this.sorted) return;
    this.events.sort((a, b) => a.at - b.at);
    this.sorted = true;
  }

  private firstEventAt(at: number): number {
    const events = this.events;
    return firstIndex(events.length, (i) => events[i].at >= at);
  }

  /** The most recent entity mentioned before `at` that fits (recency, then gender). */
  antecedent(at: number, fits: (e: EntityRec) => boolean, skip: (at: number) => boolean, maxBack = 4000): EntityRec | null {
    this.sort();
    const lo = this.firstEventAt(at);
    for (let k = lo - 1; k >= 0; k--) {
      const ev = this.events[k];
      if (at - ev.at > maxBack) break;
      if (skip(ev.at)) continue;
      if (fits(ev.ent)) return ev.ent;
    }
    return null;
  }

  /**
   * The antecedent of "he" or "she": the nearest fitting entity, but when it lies in an earlier sentence,
   * the first fitting entity of that sentence (its subject, usually: "Figgins, who represents Thomas,
   * said … “…,” he said" is Figgins, not Thomas). With no gender, the subject a verb without its
   * subject word stands for ("…, cree que la intención de Putin … “…”, insistió" is the believer).
   * `roles` tells what a mention does in its sentence.
   */
  subjectAntecedent(at: number, gender: 'male' | 'female' | null, skip: (at: number) => boolean, roles: MentionRoles): EntityRec | null {
    // someone brought in unnamed with their sex ("Eine Frau kommt …") is a person for "sie"
    const fits = (e: EntityRec) => (e.type === 'person' || (e.type === 'unnamed' && !!gender && e.gender === gender)) && (gender === null || e.gender === null || e.gender === gender);
    this.sort();
    const lo = this.firstEventAt(at);
    let k = lo - 1;
    for (; k >= 0; k--) {
      const ev = this.events[k];
      if (at - ev.at > 4000) return null;
      if (!skip(ev.at) && fits(ev.ent)) break;
    }
    if (k < 0) return null;
    const s = roles.sentenceOf(this.events[k].at);
    if (!s || at < s.end) return this.events[k].ent;
    const nearest = this.events[k].ent;
    const speaks = (pos: number) => !!roles.speaksAt?.(pos);
    // "Yet Trump is also a “change agent,” Cole said. … he said": who said the last sentence goes on
    if (speaks(this.events[k].at)) return nearest;
    const nearestIsSubject = !roles.subjectAt || roles.subjectAt(this.events[k].at);
    for (let j = this.firstEventAt(s.start); j < k; j++) {
      const ev = this.events[j];
      if (skip(ev.at) || !fits(ev.ent)) continue;
      // a person known to be of the pronoun's gender is not passed over for one of unknown gender …
      if (gender === null || ev.ent.gender === gender || nearest.gender !== gender) return ev.ent;
      // … unless that one said the sentence or is its subject ("Montell Figgins, who represents Thomas,
      // said …", "“…,” said Federico de Jesús, a strategist who worked for Obama")
      if (!ev.ent.gender && (speaks(ev.at) || (!nearestIsSubject && roles.subjectAt!(ev.at)))) return ev.ent;
    }
    // nor, when that one was only the object of a preposition, for one named a sentence or two earlier
    // ("Swift … was bought by a company owned by talent manager Scooter Braun. … she described …")
    if (gender && nearest.gender !== gender && roles.objectAt?.(this.events[k].at)) {
      for (let j = k - 1; j >= 0 && at - this.events[j].at <= KNOWN_GENDER_REACH; j--) {
        const ev = this.events[j];
        if (!skip(ev.at) && ev.ent.type === 'person' && ev.ent.gender === gender) return ev.ent;
      }
    }
    return nearest;
  }

  /**
   * The most recent organisation before `at` whose name holds one of `words` (any, when empty); with
   * `compounds`, also as the end of a word ("Vereinigungsministerium" for "Ministerium").
   */
  organisationBefore(at: number, words: readonly string[], compounds = false): EntityRec | null {
    // the whole text back may be searched, past mostly people: the type is tested first, in one loop
    this.sort();
    for (let k = this.firstEventAt(at) - 1; k >= 0; k--) {
      const e = this.events[k].ent;
      if (e.type === 'organization' && (!words.length || words.some((w) => holdsWord(e, w, compounds)))) return e;
    }
    return null;
  }

  /** Final entities: only those that were mentioned, with stable ids. */
  finish(used: ReadonlySet<EntityRec>): { list: Entity[]; idOf: Map<EntityRec, string> } {
    const idOf = new Map<EntityRec, string>();
    const list: Entity[] = [];
    for (const e of this.all) {
      if (!e.mentions.length) continue;
      if (!used.has(e) && !(e.type === 'person' && e.title)) continue;
      const id = `e${list.length + 1}`;
      idOf.set(e, id);
      list.push({
        id, name: e.name, type: e.type, title: e.type === 'person' ? e.title : e.title,
        mentions: [...e.mentions].sort((a, b) => a.start - b.start), gender: e.gender,
      });
    }
    return { list, idOf };
  }
}

/** Whether an entity's name holds `w` (with `compounds`, also as the end of a word: "Vereinigungsministerium"). */
function holdsWord(e: EntityRec, w: string, compounds: boolean): boolean {
  return e.words.includes(w) || (compounds && e.words.some((x) => x.length > w.length + 2 && x.endsWith(w)));
}

// its compiled methods outlive a major garbage collection (see kept-instances.ts)
keepInstance(new EntityRegistry());
