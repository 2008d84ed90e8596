import { inLexicon, type LexiconData } from '../lexicon';
import { genitiveBase } from './genitive-owner';
import type { Token } from './tokens';

/** A run of capitalised tokens that may name a person ("Nicolas Maduro", "Fred R. Conrad"). */
export interface NameRun {
  first: number;
  last: number;
  /** Lower-case name words, initials and dots excluded. */
  words: string[];
  /** Where the name ends in the text (before glued page text: "Ilhan OmarIlhan …" ends after "Omar"). */
  end: number;
  /** The name in full when the text shares part of it ("Joe" of "Joe and Hunter Biden": "Joe Biden"). */
  name?: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Lower-case words inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Bin Laden". */
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'ibn', 'al', 'da', 'di', 'le', 'la', 'del', 'della', 'der', 'den', 'ter', 'du', 'dos', 'das', 'el', 'y', 'zu']);
/** An Arabic or Italian particle of one to four letters and the mark joining it to a name ("al-", "d’", "dell’"). */
const PARTICLE_AND_MARK = "^(?:al|el|ad|ar|as|at|an|ash|az|bin|ibn|abu|d|l|dell)['’-]";
/** A particle joined to a capitalised name by a hyphen or apostrophe: "al-Bashir", "d’Estaing", "bin-Salman". */
const JOINED_PARTICLE = new RegExp(`${PARTICLE_AND_MARK}(?=\\p{Lu})`, 'u');
/** The same particle before any letter, as a name's key reads it ("al-bashir" -> "bashir"). */
const PARTICLE_PREFIX = new RegExp(`${PARTICLE_AND_MARK}(?=\\p{L})`, 'u');
const isJoiningMark = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019;
/**
 * Asked of every lower-case word before JOINED_PARTICLE or PARTICLE_PREFIX: their particles are one to
 * four letters long, so the mark can only be the word's 2nd to 5th character (four code comparisons,
 * where most words need no regex).
 */
const hasParticleMark = (word: string) =>
  isJoiningMark(word.charCodeAt(1)) || isJoiningMark(word.charCodeAt(2)) || isJoiningMark(word.charCodeAt(3)) || isJoiningMark(word.charCodeAt(4));
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]+$/u;
/** Initials written together: "H.W" (of "George H.W. Bush"), "J.K", "J.R.R". */
const JOINED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;
/** Chinese surnames that are also English pronouns ("He Jianxiong", "He Lifeng"): a name only before another name word. */
const PRONOUN_SURNAMES = new Set(['he']);

/** A capitalised word that can be part of a person's name. */
export function isNameWord(t: Token, lex: LexiconData): boolean {
  if (!t.isWord || !t.cap) return false;
  const { text, lower } = t;
  const n = text.length;
  // an acronym has no lower-case second letter ("Smith" is settled without the regular expression)
  if (n > 1) {
    const c1 = text.charCodeAt(1);
    if (!(c1 >= 97 && c1 <= 122) && ACRONYM.test(text)) return false;
  }
  // possessive: "Kremlin's" leads a title, it is not a name word
  if (isPossessive(lower)) return false;
  if (notNameWords(lex).has(lower) || gluedAt(text) >= 0 || isAdverb(lex, lower)) return false;
  // "US-Präsident", "Vereinigungsministerium": German compounds of titles and organisations, also in the
  // genitive ("des Ministeriums", "des Bundestages")
  if (!lex.compounds) return true;
  const noun = (w: string) => inLexicon(lex, lex.titleHeads, w) || inLexicon(lex, lex.organisationWords, w);
  return !noun(lower) && !genitiveBase(lex, lower, (w) => noun(w) || notNameWords(lex).has(w));
}

/**
 * "Actualmente", "Finalmente": an adverb of the language's ending on an adjective of four letters or more
 * (so "Clemente", on three, stays a name), unless it is a given name.
 */
export function isAdverb(lex: LexiconData, lower: string): boolean {
  const ending = lex.adverbEnding;
  return !!ending && lower.length >= ending.length + 4 && lower.endsWith(ending) && !lex.givenNames?.has(lower);
}

/**
 * Two words glued by hidden page text ("OmarIlhan", "Ocasio-CortezAlexandria"): a capital after three
 * or more lower-case letters. "McConnell", "MacArthur", "DeSantis" and "LeBron" have fewer.
 */
function gluedAt(text: string): number {
  let lowerRun = 0;
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) lowerRun++;
    else if (c >= 65 && c <= 90) {
      if (lowerRun >= 3) return k;
      lowerRun = 0;
    } else lowerRun = 0;
  }
  return -1;
}

export const isPossessive = (lower: string) => {
  const m = lower.length;
  return m >= 2 && lower.charCodeAt(m - 1) === 115 && (lower.charCodeAt(m - 2) === 39 || lower.charCodeAt(m - 2) === 0x2019);
};

/** The word a name is matched by: no possessive ending, no joined particle ("al-Bashir’s" -> "bashir"). */
export function nameKey(lower: string): string {
  let w = isPossessive(lower) ? lower.slice(0, -2) : lower;
  if (w.endsWith('’') || w.endsWith("'")) w = w.slice(0, -1);
  const m = hasParticleMark(w) ? PARTICLE_PREFIX.exec(w) : null;
  return translitEnding(m && w.length > m[0].length + 1 ? w.slice(m[0].length) : w);
}

/**
 * A name word without its accents ("murátov" -> "muratov"): papers write a transliterated name with
 * and without them, sometimes within one article. Kept apart from `nameKey`, whose words are also
 * looked up in accented word lists (given names, titles).
 */
export function foldedName(w: string): string {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return w.normalize('NFD').replace(/\p{M}/gu, '');
  return w;
}

/** Whether two name words are the same name, accents aside. */
export function sameNameWord(a: string, b: string): boolean {
  return a === b || foldedName(a) === foldedName(b);
}

/**
 * One key for the transliterations of a Slavic surname's ending ("Zelensky", "Zelenskyy", "Zelenskiy",
 * "Zelenskij"): papers spell it differently, sometimes within one article.
 */
function translitEnding(w: string): string {
  return w.length > 5 && (w.endsWith('yy') || w.endsWith('iy') || w.endsWith('ij') || w.endsWith('yi')) ? `${w.slice(0, -2)}y` : w;
}

/** The word without its possessive ending ("trump’s" -> "trump"); asked of token after token, so no regex. */
const withoutPossessive = (w: string) => (isPossessive(w) ? w.slice(0, -2) : w);

/** "Trump’s", "Bezos’s", "Abrams’": a possessive whose stem is a name word (it ends the name). */
function isPossessiveName(t: Token, lex: LexiconData): boolean {
  if (!t.isWord || !t.cap) return false;
  const stem = isPossessive(t.lower) ? t.lower.slice(0, -2) : null;
  if (!stem || stem.length < 2) return false;
  return !notNameWords(lex).has(stem) && !lex.organisationWords.has(stem);
}

/** A title, honorific or title modifier: a capitalised word before a name that is not a headline word ("Ambassador Kurt Volker"). */
export function isTitleWord(lex: LexiconData, lower: string): boolean {
  return lex.titleHeads.has(lower) || lex.honorifics.has(lower) || lex.titleModifiers.has(lower);
}

/**
 * A capitalised word before a name that does not make the name part of a title-case headline: a title
 * ("Ambassador Kurt Volker"), or a function word or the place ending a role ("To LeBron James, …",
 * "special envoy to Ukraine Kurt Volker") in a sentence that goes on in prose after the name (not
 * "The Donald Trump Show" ending its line).
 */
export function mayPrecedeName(lex: LexiconData, lower: string, after: Token | undefined): boolean {
  if (isTitleWord(lex, lower)) return true;
  const known = lex.nonNameCapitals.has(lower) || lex.countries.has(lower) || lex.nationalities.has(lower);
  return known && !!after && !(after.cap && after.isWord);
}

const notNames = new WeakMap<LexiconData, Set<string>>();
/** The lexicon's words that are never part of a person's name, in one set (built once per lexicon). */
function notNameWords(lex: LexiconData): Set<string> {
  let set = notNames.get(lex);
  if (!set) {
    set = new Set<string>();
    for (const list of [lex.nonNameCapitals, lex.organisationWords, lex.titleHeads, lex.nationalities, lex.honorifics.keys(), lex.countries,
      lex.governmentMetonyms, lex.titleModifiers, lex.speechForms.keys(), lex.unnamedSourceNouns, lex.kinshipWords, lex.personDescriptions ?? []]) {
      for (const w of list) set.add(w);
    }
    notNames.set(lex, set);
  }
  return set;
}

/** A capitalised title word that no capitalised word follows: after a name word, the surname ("Tom Judge"). */
function closingTitleWord(tokens: readonly Token[], lex: LexiconData, i: number): boolean {
  const t = tokens[i];
  return t.cap && t.isWord && lex.titleHeads.has(t.lower) && !lex.kinshipWords.has(t.lower) && !(tokens[i + 1]?.cap && tokens[i + 1].isWord);
}

/** An initial: "J." or "H.W." (the dot is the next token). */
const isInitial = (tokens: readonly Token[], i: number) => {
  const t = tokens[i];
  if (!t.cap || tokens[i + 1]?.text !== '.' || tokens[i + 1].start !== t.end) return false;
  return t.text.length === 1 || JOINED_INITIALS.test(t.text);
};

/** Name-word flags: 1 a name word, 2 a joined-particle word ("al-Bashir"), 0 neither. */
function nameFlags(tokens: readonly Token[], lex: LexiconData): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.cap) flags[k] = isNameWord(t, lex) && !SUFFIXES.has(t.lower) && !partyAffiliation(tokens, k) && !credential(tokens, k) ? 1 : 0;
    else if (t.isWord && t.lower.length > 3 && hasParticleMark(t.text) && JOINED_PARTICLE.test(t.text)) flags[k] = 2;
  }
  return flags;
}

/**
 * "Sen. Ted Cruz, R-Texas, said": the party and state of an American politician, set off after the name by a
 * comma or a bracket, are no name ("R-Texas", "D-Calif", "I-Vermont").
 */
function partyAffiliation(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].text;
  const c = w.charCodeAt(0);
  if (w.length < 3 || w.charCodeAt(1) !== 0x2d || !(c === 0x52 || c === 0x44 || c === 0x49)) return false;
  const before = tokens[k - 1]?.text;
  return (before === ',' || before === '(') && /^\p{Lu}/u.test(w.slice(2));
}

/** Degrees and licences written after a name ("MD", "PhD", "RN", "Esq"). */
const CREDENTIALS = new Set(['phd', 'msc', 'mphil', 'dphil', 'bsc', 'med', 'edd', 'psyd', 'drph', 'pharmd', 'esq', 'mst', 'md', 'mph',
  'mba', 'mhs', 'msce', 'rn', 'jd', 'dds', 'dmd', 'facp', 'frcp', 'lcsw']);

/** "Jane Doe, PhD, a psychologist at Yale, said": a degree set off after a name by a comma is no name. */
export function credential(tokens: readonly Token[], k: number): boolean {
  return CREDENTIALS.has(tokens[k].lower) && tokens[k - 1]?.text === ',';
}

/** Tokens `a` and `b` are separated by one space or so, on one line. */
const adjacent = (tokens: readonly Token[], text: string, a: number, b: number) =>
  tokens[a].end + 1 >= tokens[b].start && text[tokens[b].start - 1] !== '\n';

/** Every maximal run of name words, in order (one linear pass). */
export function findNameRuns(tokens: readonly Token[], lex: LexiconData, text: string): NameRun[] {
  const flags = nameFlags(tokens, lex);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t0 = tokens[i];
    // "He Jianxiong": the pronoun's spelling as a surname, only right before a name word
    const pronounSurname = !flags[i] && t0.cap && PRONOUN_SURNAMES.has(t0.lower) && flags[i + 1] === 1 && adjacent(tokens, text, i, i + 1) &&
      !(tokens[i + 2]?.cap && tokens[i + 2].isWord);
    if (!flags[i] && !pronounSurname && !isInitialStart(tokens, flags, i) && !isPossessiveName(t0, lex)) {
      i++;
      continue;
    }
    const first = i;
    const words: string[] = [];
    let last = i;
    let nameEnd = -1;
    if (pronounSurname) {
      words.push(t0.lower);
      i++;
    }
    while (i < tokens.length) {
      const t = tokens[i];
      if (i > first && !adjacent(tokens, text, i - 1, i) && !(tokens[i - 1].text === '.' && adjacent(tokens, text, i - 1, i))) break;
      // (after an initial, a title word is the surname: "Peter T. King of New York")
      if (isInitial(tokens, i) && tokens[i + 2] && (flags[i + 2] || isInitial(tokens, i + 2) || (i > first && closingTitleWord(tokens, lex, i + 2))) && tokens[i + 1].end + 1 >= tokens[i + 2].start) {
        i += 2;
        continue;
      }
      // "James Kennedy Jr.", "Henry Ford II": the suffix belongs to the name and ends it
      if (SUFFIXES.has(t.lower) && i > first && words.length) {
        last = i;
        i++;
        break;
      }
      if (flags[i] && (i === first || adjacent(tokens, text, i - 1, i))) {
        words.push(nameKey(t.lower));
        last = i;
        i++;
        continue;
      }
      // "Liu He": the pronoun's spelling as a given name, capitalised right after a name word mid-line
      if (i > first && words.length && t.cap && PRONOUN_SURNAMES.has(t.lower) && adjacent(tokens, text, i - 1, i) && tokens[i - 1].isWord) {
        words.push(t.lower);
        last = i;
        i++;
        break;
      }
      // "Ken Doctor", "Tom Judge": a title word closing a name that began with a name word
      if (i > first && words.length && closingTitleWord(tokens, lex, i) && adjacent(tokens, text, i - 1, i)) {
        words.push(t.lower);
        last = i;
        i++;
        break;
      }
      // "Ilhan OmarIlhan Omar…": a name word glued to hidden text closes the name at the glue
      const glue = t.cap && i > first && words.length && adjacent(tokens, text, i - 1, i) ? gluedAt(t.text) : -1;
      if (glue > 0 && !notNameWords(lex).has(t.lower.slice(0, glue))) {
        words.push(nameKey(t.lower.slice(0, glue)));
        last = i;
        nameEnd = t.start + glue;
        i++;
        break;
      }
      // "Trump’s", "Bezos's": a possessive name word closes the name
      if (isPossessiveName(t, lex) && (i === first || adjacent(tokens, text, i - 1, i))) {
        words.push(nameKey(t.lower));
        last = i;
        i++;
        break;
      }
      // "von der Leyen", "de la Cruz": up to three particles before the next name word
      if (i > first && words.length && PARTICLES.has(t.lower)) {
        let j = i;
        while (j < tokens.length && j - i < 3 && PARTICLES.has(tokens[j].lower)) j++;
        // "Cristina y Máximo Kirchner" are two people; "Ortega y Gasset" is one name
        const coordinated = t.lower === 'y' && !!lex.givenNames?.has(tokens[j]?.lower ?? '');
        if (flags[j] && adjacent(tokens, text, j - 1, j) && !coordinated && !prepositionNotParticle(tokens, flags, lex, i, j, words.length)) {
          for (let k = i; k < j; k++) words.push(tokens[k].lower);
          i = j;
          continue;
        }
      }
      break;
    }
    if (words.length && words.some((w) => !PARTICLES.has(w))) runs.push({ first, last, words, end: nameEnd >= 0 ? nameEnd : tokens[last].end });
    if (i === first) i++;
  }
  return runs;
}

/** German particles that are also prepositions ("von", "zu"): between two names they are mostly the preposition. */
const GERMAN_PREPOSITION_PARTICLES = new Set(['von', 'vom', 'zu', 'zur']);

/**
 * The particles at [i, j) are a preposition before another name, not part of one name: before a given name
 * and a name word ("Tweet von Agnès Callamard", "un posteo de Cristina Kirchner"; a particle's own name
 * is a surname: "von Storch", "de Blasio"), or, in German, "von" or "zu" after a name of two words
 * ("Jacqueline Rioba von World Vision", "Elon Musk zu Gerüchten"; a noble's particle follows the given name).
 */
function prepositionNotParticle(tokens: readonly Token[], flags: Uint8Array, lex: LexiconData, i: number, j: number, wordsBefore: number): boolean {
  if (lex.givenNames?.has(tokens[j].lower) && flags[j + 1] && tokens[j + 1].cap) return true;
  return lex.capitalisedNouns && wordsBefore >= 2 && GERMAN_PREPOSITION_PARTICLES.has(tokens[i].lower);
}

/** "J. K. Rowling", "H.W. Bush": an initial that opens a name. */
function isInitialStart(tokens: readonly Token[], flags: Uint8Array, i: number): boolean {
  if (!isInitial(tokens, i)) return false;
  let j = i;
  while (j < tokens.length && j - i < 6 && isInitial(tokens, j)) j += 2;
  return j > i && flags[j] === 1 && tokens[j - 1].end + 1 >= tokens[j].start;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const AMBIGUOUS_HEADS = new Set(['major', 'general', 'chief', 'head', 'justice', 'count', 'marshal', 'principal', 'fellow', 'partner', 'speaker', 'executive', 'official', 'chair']);
const ROLE_VERBS = new Set(['works', 'worked', 'serves', 'served', 'follows', 'covers', 'teaches', 'taught', 'practises', 'practices']);

export interface TitleInfo {
  title: string;
  first: number;
  last: number;
}

/** Whether a lower-case word sequence ends in a title head ("deputy commissioner", "prime minister"). */
function headAt(words: readonly string[], end: number, lex: LexiconData): boolean {
  const w = words[end];
  if (!w) return false;
  // ("Gov." is "gov"; asked of every word before a name, so no regular expression)
  return inLexicon(lex, lex.titleHeads, w.endsWith('.') ? w.slice(0, -1) : w) || (end > 0 && lex.titleHeads.has(`${words[end - 1]} ${w}`));
}

/**
 * Whether the words right before a lower-case head name an office by capitalised words that are not
 * a name ("National Security Council", "State Department"): at least one organisation word among them.
 */
function officeBefore(tokens: readonly Token[], head: number, lex: LexiconData): boolean {
  let k = head - 1;
  let organisation = false;
  while (k >= 0 && head - k <= 4 && tokens[k].isWord && tokens[k].cap) {
    if (lex.organisationWords.has(tokens[k].lower)) organisation = true;
    k--;
  }
  return organisation && k < head - 1;
}

/**
 * "… to the European Union" closing at token i: the index of the title's last word before "to the"
 * when a run of up to four capitals ends in an organisation word; i itself otherwise.
 */
function organisationComplementBefore(tokens: readonly Token[], i: number, lex: LexiconData): number {
  if (!tokens[i].cap || !lex.organisationWords.has(tokens[i].lower)) return i;
  let k = i;
  while (k > 0 && i - k < 4 && tokens[k - 1].isWord && tokens[k - 1].cap) k--;
  if (tokens[k - 1]?.lower !== 'the' || !/^(to|for|of|at)$/.test(tokens[k - 2]?.lower ?? '')) return i;
  const head = tokens[k - 3];
  return head?.isWord && inLexicon(lex, lex.titleHeads, head.lower) ? k - 3 : i;
}

/** The title before a name: "Foreign Ministry spokeswoman", "Russian President", "Gen.". */
export function titleBefore(text: string, tokens: readonly Token[], first: number, lex: LexiconData): TitleInfo | null {
  let i = first - 1;
  if (tokens[i]?.text === '.' && tokens[i - 1] && lex.abbreviations.has(tokens[i - 1].lower) && tokens[i - 1].end === tokens[i].start) i--;
  if (i < 0 || !tokens[i].isWord) return null;
  const titleEnd = i;
  // "special envoy to Ukraine Kurt Volker": the country the title is for comes between it and the name
  if (tokens[i].cap && lex.countries.has(tokens[i].lower) && /^(to|for|of|in)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.isWord && !tokens[i - 2].cap) i -= 2;
  // "U.S. Ambassador to the European Union Gordon Sondland": likewise an organisation after "the"
  else i = organisationComplementBefore(tokens, i, lex);
  const end = i;
  const headWord = tokens[end].lower;
  if (!inLexicon(lex, lex.titleHeads, headWord) || lex.kinshipWords.has(headWord)) return null;
  // "a major Seattle industry", "the general public": ambiguous heads count only when capitalised, or
  // when the capitalised office they belong to comes right before ("State Department official David Holmes")
  if (!tokens[end].cap && AMBIGUOUS_HEADS.has(headWord) && !officeBefore(tokens, end, lex)) return null;
  let start = end;
  for (let k = end - 1; k >= 0 && end - k < 8; k--) {
    const t = tokens[k];
    if (!t.isWord) {
      if (t.text === '-' && k > 0) continue;
      break;
    }
    // the title is on the name's own line (a headline above is no part of it)
    if (text.slice(t.end, tokens[k + 1].start).includes('\n')) break;
    const w = withoutPossessive(t.lower);
    if (DETERMINERS.has(w) || lex.articles.has(w) || lex.prepositions.has(w)) break;
    const ok = t.cap
      ? !lex.nonNameCapitals.has(w) || lex.titleModifiers.has(w)
      : lex.titleModifiers.has(w) || lex.titleHeads.has(w) || lex.nationalities.has(w) || lex.organisationWords.has(w);
    if (!ok) break;
    start = k;
  }
  // A capitalised run right before the head that is itself a person's name is not part of the title.
  return { title: text.slice(tokens[start].start, tokens[titleEnd].end), first: start, last: titleEnd };
}

const STOP_AFTER = new Set([',', ';', '.', '(', ')', '—', '–', ':', '"', '“', '”']);
const CLAUSE_WORDS = new Set(['who', 'which', 'whose', 'that', 'said', 'says', 'told', 'added', 'where', 'when', 'has', 'have', 'had', 'is', 'was', 'are', 'were']);
const PREPS = new Set(['of', 'at', 'for', 'in', 'on', 'with', 'from', 'to']);
/** Prepositions before which a possessive opens a title phrase ("the stake held by Tribune’s former chairman, …"). */
const POSSESSIVE_PREPS = new Set([...PREPS, 'by', 'about', 'against', 'under', 'between', 'among', 'after', 'before', 'than', 'like', 'over', 'through', 'without', 'toward', 'towards']);
/** Conjunctions joining a second title to a first ("vecina del área e integrante de …"). */
const COORDINATORS = new Set(['and', 'y', 'e', 'et', 'und']);
const HEADS_VERBS = new Set(['heads', 'leads', 'runs', 'chairs', 'directs', 'oversees', 'manages']);

/** A verb or conjunction of the language that ends an apposition ("…, ministre, a …", "…, que …"). */
function stopsApposition(lex: LexiconData, w: string): boolean {
  return lex.auxiliaries.has(w) || lex.complementizers.has(w);
}

/** The title in apposition after a name: ", the Kremlin's spokesman", ", who heads the agency". */
export function titleAfter(text: string, tokens: readonly Token[], last: number, lex: LexiconData, afterAs = false, second = false): TitleInfo | null {
  if (!afterAs && tokens[last + 1]?.text !== ',') return null;
  let i = last + 2;
  if (tokens[i]?.lower === 'who' && HEADS_VERBS.has(tokens[i + 1]?.lower ?? '')) {
    const s = i + 2;
    let e = s;
    while (e < tokens.length && e - s < 12 && !STOP_AFTER.has(tokens[e].text) && !CLAUSE_WORDS.has(tokens[e].lower)) e++;
    if (e === s) return null;
    return { title: `head of ${text.slice(tokens[s].start, tokens[e - 1].end)}`, first: i, last: e - 1 };
  }
  // ", who is the White House Ukraine expert, …": the title after "who is"
  if (tokens[i]?.lower === 'who' && /^(is|was)$/.test(tokens[i + 1]?.lower ?? '') && /^(the|a|an)$/.test(tokens[i + 2]?.lower ?? '')) return titleAfter(text, tokens, i, lex, true);
  if (tokens[i]?.lower === 'who' && ROLE_VERBS.has(tokens[i + 1]?.lower ?? '')) {
    // ", who follows Amazon as a managing director at …", ", who works for the department"
    for (let k = i + 2; k < tokens.length && k - i < 8; k++) {
      if (STOP_AFTER.has(tokens[k].text)) break;
      if (tokens[k].lower === 'as') return titleAfter(text, tokens, k - 1, lex, true);
    }
    const p = tokens[i + 2]?.lower;
    if (p === 'for' || p === 'at') {
      let e = i + 3;
      while (e < tokens.length && e - i < 12 && !STOP_AFTER.has(tokens[e].text) && !CLAUSE_WORDS.has(tokens[e].lower)) e++;
      if (e > i + 3) return { title: text.slice(tokens[i + 1].start, tokens[e - 1].end), first: i + 1, last: e - 1 };
    }
    return null;
  }
  // "… Baltimore Sun and Hartford Courant, and the former owner of The Times": a second member of a
  // list, not an apposition to the name before the comma
  if (COORDINATORS.has(tokens[i]?.lower ?? '')) return null;
  if (lex.titleAdverbs?.has(tokens[i]?.lower ?? '')) i++;
  if (DETERMINERS.has(tokens[i]?.lower ?? '') || lex.articles.has(tokens[i]?.lower ?? '')) i++;
  const s = i;
  const words: string[] = [];
  let headEnd = -1;
  let inPost = false;
  let coordinated = -1;
  let secondPhrase = -1;
  while (i < tokens.length && i - s < 18) {
    const t = tokens[i];
    // "the U.S. attorney for …": the dot of an abbreviation goes on
    if (t.text === '.' && i > s && tokens[i + 1]?.isWord && (lex.abbreviations.has(tokens[i - 1].lower) || tokens[i - 1].text.length === 1)) { i++; continue; }
    // "de la zona": after a preposition "la" is an article, not the clitic pronoun that opens a clause
    const article = lex.articles.has(t.lower) && lex.prepositions.has(tokens[i - 1]?.lower ?? '');
    if (STOP_AFTER.has(t.text) || CLAUSE_WORDS.has(t.lower) || (stopsApposition(lex, t.lower) && !article)) break;
    if (t.lower === 'and' && !(tokens[i + 1] && lex.titleHeads.has(tokens[i + 1].lower)) && inPost) break;
    const w = withoutPossessive(t.lower);
    // a second phrase after the title's own complement ("aide to Vice President Pence | on Trump's call")
    if (inPost && secondPhrase < 0 && headEnd >= 0 && w !== 'of' && PREPS.has(w)) secondPhrase = i;
    words.push(w);
    if (PREPS.has(w) || (lex.prepositions.has(w) && words.length > 1)) inPost = true;
    if (!inPost && headAt(words, words.length - 1, lex)) headEnd = i;
    // "vecina del área e integrante de la ONG …": a neighbour or relative who also holds a role is
    // titled by the role coordinated after the kinship word
    if (headEnd >= 0 && lex.kinshipWords.has(tokens[headEnd].lower) && COORDINATORS.has(w) && inLexicon(lex, lex.titleHeads, tokens[i + 1]?.lower ?? '') && !lex.kinshipWords.has(tokens[i + 1].lower)) {
      coordinated = i + 1;
      headEnd = i + 1;
    }
    i++;
  }
  // "Jean-Jacques Bridey, un des premiers « marcheurs », actuel président de …", "X, 54 ans, maire de
  // Lyon": a short apposition without a title may come before the one that holds it; one with a
  // capitalised word is a list of names or a clause ("Laschet, Jung, Arend, die Bürgermeister")
  const describes = words.length > 0 && words.length <= 6 && !tokens.slice(s, i).some((t) => t.cap);
  if (headEnd < 0 && !second && tokens[i]?.text === ',' && describes) return titleAfter(text, tokens, i - 1, lex, false, true);
  if (headEnd < 0 || lex.kinshipWords.has(tokens[headEnd].lower)) return null;
  if (coordinated >= 0) return { title: text.slice(tokens[coordinated].start, tokens[i - 1].end), first: coordinated, last: i - 1 };
  // ", skipper Wade Bassi has …": a title that introduces another name is not an apposition
  const after = tokens[headEnd + 1];
  if (after?.cap && after.isWord && isNameWord(after, lex) && tokens[headEnd + 2]?.cap) return null;
  // an apposition too long to be a title is one up to its second phrase, when it has one ("a top
  // national security aide to Vice President Pence | on Trump's July 25 phone call with …") and the
  // head is followed at once by its complement, on one line
  if (words.length > 16) {
    const title = secondPhrase > headEnd && PREPS.has(tokens[headEnd + 1]?.lower ?? '') && !POSSESSIVE_PREPS.has(tokens[s].lower) && tokens[s].lower !== 'as' ? text.slice(tokens[s].start, tokens[secondPhrase - 1].end) : '';
    return title && !title.includes('\n') ? { title, first: s, last: secondPhrase - 1 } : null;
  }
  return { title: text.slice(tokens[s].start, tokens[i - 1].end), first: s, last: i - 1 };
}

/** Whether a possessive ("Korea’s") comes among the capitalised words from `from`, before `end`. */
function possessiveWithin(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && tokens[k].cap; k++) if (isPossessive(tokens[k].lower)) return true;
  return false;
}

/** The title in apposition before a name: "The agency's district supervisor for Queens, Milton Velez". */
export function titleBeforeComma(text: string, tokens: readonly Token[], first: number, lex: LexiconData): TitleInfo | null {
  if (tokens[first - 1]?.text !== ',') return null;
  let k = first - 2;
  const end = k;
  const det = (w: string) => DETERMINERS.has(w) || lex.articles.has(w);
  // "consultó al actual intendente de Cerro Largo, José Yurramendi": a preposition of the language
  // right before a title opens the phrase as an article does
  // right before a title opens the phrase as an article does; an article after one of its prepositions
  // is inside the phrase ("El presidente de la comisión, Juan Pérez")
  // or after a title's head ("la nouvelle ministre des Sports, Roxana Maracineanu": "des" is "of the")
  const opens = (j: number) => (det(tokens[j].lower) && !(j > 0 && (lex.prepositions.has(tokens[j - 1].lower) || inLexicon(lex, lex.titleHeads, tokens[j - 1].lower)))) ||
    (lex.prepositions.has(tokens[j].lower) && j < end && (lex.titleModifiers.has(tokens[j + 1].lower) || inLexicon(lex, lex.titleHeads, tokens[j + 1].lower)));
  // the words of one line only (a headline above is not part of the title)
  // "with North Korea’s leader, Kim Jong-un": a preposition before a possessive opens the phrase too
  const opensPossessive = (j: number) => (POSSESSIVE_PREPS.has(tokens[j].lower) || lex.prepositions.has(tokens[j].lower)) && j + 1 < end && tokens[j + 1].cap && possessiveWithin(tokens, j + 1, end);
  while (k >= 0 && end - k < 12 && tokens[k].isWord && !opens(k) && !opensPossessive(k) && !text.slice(tokens[k].end, tokens[k + 1].start).includes('\n')) k--;
  // the phrase opens with a determiner, or at the start of its line with a possessive ("Sudan’s president, …")
  const lineStart = k < 0 || !tokens[k].isWord || text.slice(tokens[k].end, tokens[k + 1].start).includes('\n');
  // or, at the start of its sentence, with the title's own words ("Ancienne ministre des Armées, Sylvie
  // Goulard a …", "Première et éphémère ministre …, X"): no article needed before a fronted title
  const titleWord = (w: string) => lex.titleModifiers.has(w) || inLexicon(lex, lex.titleHeads, w);
  const frontedTitle = lineStart && k + 1 < end && tokens[k + 1].cap && titleWord(tokens[k + 1].lower) && (k < 0 || tokens[k].text !== ',');
  if (!(k >= 0 && (opens(k) || opensPossessive(k))) && !(lineStart && k + 1 < end && isPossessive(tokens[k + 1].lower)) && !frontedTitle) return null;
  const s = k + 1;
  if (s > end) return null;
  const words = tokens.slice(s, end + 1).map((t) => withoutPossessive(t.lower));
  // "hatte der Sicherheitsberater … am Sonntag gesagt, Kim lebe": a clause, not a title
  if (words.some((w) => lex.speechForms.has(w))) return null;
  const cut = words.findIndex((w, i) => PREPS.has(w) || (i > 0 && lex.prepositions.has(w)));
  let core = cut >= 0 ? cut - 1 : words.length - 1;
  // "El ministro ruso de Asuntos Exteriores, Serguei Lavrov": an adjective of nationality after the head
  while (core > 0 && lex.nationalities.has(words[core]) && !headAt(words, core, lex)) core--;
  if (core < 0 || !headAt(words, core, lex) || lex.kinshipWords.has(words[core])) return null;
  return { title: text.slice(tokens[s].start, tokens[end].end), first: s, last: end };
}

/** Gender told by an honorific or kinship/title word right before a name ("Mrs.", "her mother,"). */
export function genderBefore(tokens: readonly Token[], first: number, lex: LexiconData): 'male' | 'female' | null {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const w = tokens[k].lower;
    if (w === '.' || w === ',') continue;
    const h = lex.honorifics.get(w);
    if (h) return h;
    if (lex.femaleWords.has(w)) return 'female';
    if (lex.maleWords.has(w)) return 'male';
    if (tokens[k].isWord) break;
  }
  return null;
}

/** Gender of a title phrase ("spokeswoman" -> female). */
export function genderOfPhrase(phrase: string, lex: LexiconData): 'male' | 'female' | null {
  for (const w of phrase.toLowerCase().split(/[^\p{L}]+/u)) {
    if (lex.femaleWords.has(w)) return 'female';
    if (lex.maleWords.has(w)) return 'male';
  }
  return null;
}
