import { SPEECH_VERBS, DOUBLING_SPEECH_VERBS, IRREGULAR_SPEECH_FORMS, WEAK_SPEECH_VERBS, CLAUSE_VERBS, UTTERANCE_NOUNS, NOUN_LIKE_VERBS } from './speech-verbs';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles';
import { HONORIFICS } from './honorifics';
import { FEMALE_WORDS, MALE_WORDS, KINSHIP_WORDS } from './gendered-words';
import { ORGANISATION_WORDS, ORGANISATION_ANAPHORS, UNNAMED_SOURCE_NOUNS, DOCUMENT_NOUNS } from './organisations';
import { GOVERNMENT_METONYMS, NATIONALITIES, COUNTRIES, PLACES } from './capitals';
import { EN_GIVEN_NAMES } from './given-names';
import { PUBLICATIONS } from './publications';
import type { LexiconData } from '../types';
import SPEAKER_NOUNS from './speaker-nouns.json';
import LOWERCASE_WORDS from './lowercase-words.json';

/** Capitalised words that start sentences or name times, never people. */
const NON_NAME_CAPITALS = [
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'or', 'if', 'when', 'while', 'as',
  'after', 'before', 'since', 'until', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'there', 'here', 'what',
  'who', 'why', 'how', 'where', 'which', 'last', 'next', 'then', 'now', 'so', 'yet', 'still',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'image', 'photo', 'credit', 'read', 'more', 'related', 'advertisement', 'update', 'updated',
  'today', 'yesterday', 'tomorrow', 'tonight', 'some', 'many', 'most', 'all', 'both', 'each',
  'every', 'no', 'not', 'one', 'two', 'three', 'other', 'another', 'such', 'even', 'also', 'just',
  'only', 'despite', 'during', 'with', 'without', 'from', 'to', 'by', 'about', 'into', 'over',
  'under', 'between', 'through', 'among', 'like', 'unlike', 'although', 'though', 'because',
  'once', 'instead', 'meanwhile', 'however', 'according', 'asked', 'said', 'says', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'let', 'yes', 'oh', 'well', 'mr', 'mrs', 'ms', 'dr',
  'god', 'christmas', 'easter', 'internet', 'web', 'covid', 'am', 'pm', 'st', 'new', 'old',
  'north', 'south', 'east', 'west', 'western', 'eastern', 'northern', 'southern', 'central',
  'our', 'we’re', 'i’m', 'it’s', 'that’s', 'there’s', 'don’t', 'people', 'us', 'please',
];

const DOUBLING = new Set(DOUBLING_SPEECH_VERBS);

function inflect(lemma: string): string[] {
  const out = [lemma];
  if (DOUBLING.has(lemma)) {
    const doubled = lemma + lemma[lemma.length - 1];
    out.push(lemma + 's', doubled + 'ed', doubled + 'ing');
    return out;
  }
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else {
    out.push(/(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's');
    out.push(lemma.endsWith('e') ? lemma + 'd' : lemma + 'ed', stem + 'ing');
  }
  return out;
}

function verbForms(lemmas: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lemma of lemmas) for (const f of inflect(lemma)) if (!forms.has(f)) forms.set(f, lemma);
  for (const [form, lemma] of Object.entries(IRREGULAR_SPEECH_FORMS)) forms.set(form, lemma);
  return forms;
}

export const EN: LexiconData = {
  speechForms: verbForms(SPEECH_VERBS),
  weakVerbs: new Set(WEAK_SPEECH_VERBS),
  nounLikeVerbs: new Set(NOUN_LIKE_VERBS),
  clauseVerbs: new Set(CLAUSE_VERBS),
  utteranceNouns: new Set(UTTERANCE_NOUNS),
  titleHeads: new Set(TITLE_HEADS),
  titleModifiers: new Set(TITLE_MODIFIERS),
  honorifics: new Map(Object.entries(HONORIFICS)),
  femaleWords: new Set(FEMALE_WORDS),
  maleWords: new Set(MALE_WORDS),
  kinshipWords: new Set(KINSHIP_WORDS),
  organisationWords: new Set(ORGANISATION_WORDS),
  organisationAnaphors: new Map(Object.entries(ORGANISATION_ANAPHORS)),
  // the hand-made list and the nouns counted from PolNeAR train (lib/cli/count-speaker-nouns.ts)
  unnamedSourceNouns: new Set([...UNNAMED_SOURCE_NOUNS, ...SPEAKER_NOUNS.nouns.map((n) => n.word)]),
  documentNouns: new Set(DOCUMENT_NOUNS),
  governmentMetonyms: new Set(GOVERNMENT_METONYMS.map((w) => w.toLowerCase())),
  nationalities: new Set(NATIONALITIES),
  countries: new Set(COUNTRIES.map((w) => w.toLowerCase())),
  places: new Set(PLACES.map((w) => w.toLowerCase())),
  nonNameCapitals: new Set(NON_NAME_CAPITALS),
  givenNames: new Map(Object.entries(EN_GIVEN_NAMES)),
  publications: PUBLICATIONS.map((p) => p.toLowerCase().split(/\s+/)),
  // 'chanted, “Fund our schools,” and “Put kids first,”': quotations of one cue
  coordinators: new Set(['and', 'or', 'but', 'nor']),
  // counted from PolNeAR train's text (lib/cli/count-lowercase-words.ts)
  lowercaseWords: new Set(LOWERCASE_WORDS.words),
  abbreviations: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov',
    'sen', 'sens', 'rep', 'reps', 'govs', 'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
    'fig', 'pres', 'supt', 'insp', 'det', 'hon', 'messrs', 'mx', 'fr', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
  ]),
  pronouns: new Map([
    ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['i', 'self'], ['we', 'self'],
  ]),
  genderedPronouns: new Map([
    ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
    ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
  ]),
  neuterPossessives: new Set(['its', 'itself']),
  sourcePrepositions: [['according', 'to']],
  sourcePostpositions: new Set(),
  sourceParticles: new Set(),
  auxiliaries: new Set(),
  articles: new Set(),
  complementizers: new Set(['that']),
  prepositions: new Set(),
  definiteArticles: new Set(),
  relatives: new Set(),
  dropsSubjects: false,
  capitalisedNouns: false,
  compounds: false,
  joinedPronouns: false,
  elides: false,
  invertsSubject: false,
  // "Chad Wolf has been named acting secretary": after an auxiliary, the office is the person's (appointed-titles.ts)
  appointmentWords: new Set(['named', 'appointed', 'elected', 'reelected', 're-elected', 'nominated', 'promoted', 'tapped', 'chosen']),
  // only a passive after its auxiliaries (and the adverbs among them) appoints the subject, not
  // "Clinton's statement that if elected …"
  appointmentAuxiliaries: new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'will', 'would', 'just', 'since', 'recently', 'later']),
  // "If Donald Trump is elected president", "clap if they agreed": a case supposed reports or appoints no one
  hypotheticalOpeners: new Set(['if', 'unless']),
};
