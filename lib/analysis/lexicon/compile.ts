import type { GivenNameGender, LexiconData } from './types';

type Kind = 'male' | 'female' | 'plural' | 'neuter' | 'self';

/** One language's word lists as written in its folder; compiled once to the sets the analysis reads. */
export interface LanguageWords {
  /** Inflected speech verb -> lemma. */
  speechForms: Readonly<Record<string, string>>;
  weakVerbs: readonly string[];
  nounLikeVerbs?: readonly string[];
  clauseVerbs: readonly string[];
  utteranceNouns: readonly string[];
  titleHeads: readonly string[];
  titleModifiers: readonly string[];
  honorifics: Readonly<Record<string, 'male' | 'female' | null>>;
  givenNames?: Readonly<Record<string, GivenNameGender>>;
  femaleWords: readonly string[];
  maleWords: readonly string[];
  kinshipWords: readonly string[];
  organisationWords: readonly string[];
  organisationAnaphors: Readonly<Record<string, readonly string[]>>;
  unnamedSourceNouns: readonly string[];
  documentNouns: readonly string[];
  governmentMetonyms: readonly string[];
  nationalities: readonly string[];
  countries: readonly string[];
  nonNameCapitals: readonly string[];
  abbreviations: readonly string[];
  pronouns: Readonly<Record<string, Kind>>;
  sourcePrepositions: readonly string[];
  stressedPronouns?: Readonly<Record<string, string>>;
  sourcePostpositions?: readonly string[];
  sourceParticles?: readonly string[];
  auxiliaries: readonly string[];
  articles: readonly string[];
  complementizers: readonly string[];
  prepositions: readonly string[];
  objectPrepositions?: readonly string[];
  addresseePrepositions?: readonly string[];
  speakingFromPrepositions?: readonly string[];
  definiteArticles: readonly string[];
  relatives?: readonly string[];
  articleGenders?: Readonly<Record<string, 'male' | 'female'>>;
  indefiniteArticles?: readonly string[];
  personDescriptions?: readonly string[];
  impersonalCues?: readonly string[];
  perfectAuxiliaries?: readonly string[];
  objectCases?: readonly string[];
  reportedMood?: readonly string[];
  documentVerbs?: readonly string[];
  presentatives?: readonly string[];
  appointmentWords?: readonly string[];
  titleAdverbs?: readonly string[];
  demonstratives?: readonly string[];
  groupPrepositions?: readonly string[];
  copulas?: readonly string[];
  predicateAdjectives?: readonly string[];
  dropsSubjects?: boolean;
  capitalisedNouns?: boolean;
  compounds?: boolean;
  joinedPronouns?: boolean;
  elides?: boolean;
  invertsSubject?: boolean;
  verbSecond?: boolean;
  reportNeedsComplementizer?: boolean;
  ordinalNouns?: readonly string[];
  publications?: readonly string[];
  publicationNouns?: readonly string[];
  infinitiveCarriers?: readonly string[];
  coordinators?: readonly string[];
  nounComplements?: readonly string[];
  nounMarkers?: readonly string[];
  passiveAuxiliaries?: readonly string[];
  hypotheticalOpeners?: readonly string[];
  contractedArticles?: readonly string[];
  adverbEnding?: string;
  namesakeNouns?: readonly string[];
  workNouns?: readonly string[];
  portfolios?: { holder: string; prepositions: Readonly<Record<string, string>>; fields: readonly string[] };
}

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

export function compileLexicon(w: LanguageWords): LexiconData {
  return {
    speechForms: new Map(Object.entries(w.speechForms)),
    weakVerbs: new Set(w.weakVerbs),
    nounLikeVerbs: new Set(w.nounLikeVerbs ?? []),
    clauseVerbs: new Set(w.clauseVerbs),
    utteranceNouns: lower(w.utteranceNouns),
    titleHeads: lower(w.titleHeads),
    titleModifiers: lower(w.titleModifiers),
    honorifics: new Map(Object.entries(w.honorifics)),
    givenNames: w.givenNames && new Map(Object.entries(w.givenNames)),
    femaleWords: lower(w.femaleWords),
    maleWords: lower(w.maleWords),
    kinshipWords: lower(w.kinshipWords),
    organisationWords: lower(w.organisationWords),
    organisationAnaphors: new Map(Object.entries(w.organisationAnaphors)),
    unnamedSourceNouns: lower(w.unnamedSourceNouns),
    documentNouns: lower(w.documentNouns),
    governmentMetonyms: lower(w.governmentMetonyms),
    nationalities: lower(w.nationalities),
    countries: lower(w.countries),
    nonNameCapitals: lower(w.nonNameCapitals),
    abbreviations: lower(w.abbreviations),
    pronouns: new Map(Object.entries(w.pronouns)),
    // "d’après" is read as two words when elisions are split off
    sourcePrepositions: w.sourcePrepositions.map((p) => p.toLowerCase().split(w.elides ? /\s+|(?<=[’'])/ : /\s+/)),
    stressedPronouns: new Map(Object.entries(w.stressedPronouns ?? {})),
    sourcePostpositions: lower(w.sourcePostpositions ?? []),
    sourceParticles: lower(w.sourceParticles ?? []),
    auxiliaries: lower(w.auxiliaries),
    articles: lower(w.articles),
    complementizers: lower(w.complementizers),
    prepositions: lower(w.prepositions),
    objectPrepositions: lower(w.objectPrepositions ?? []),
    addresseePrepositions: lower(w.addresseePrepositions ?? []),
    speakingFromPrepositions: lower(w.speakingFromPrepositions ?? []),
    definiteArticles: lower(w.definiteArticles),
    relatives: lower(w.relatives ?? []),
    articleGenders: new Map(Object.entries(w.articleGenders ?? {})),
    indefiniteArticles: w.indefiniteArticles && new Set(w.indefiniteArticles),
    personDescriptions: lower(w.personDescriptions ?? []),
    impersonalCues: (w.impersonalCues ?? []).map((p) => p.toLowerCase().split(/\s+/)),
    perfectAuxiliaries: lower(w.perfectAuxiliaries ?? []),
    objectCases: lower(w.objectCases ?? []),
    reportedMood: lower(w.reportedMood ?? []),
    documentVerbs: lower(w.documentVerbs ?? []),
    appointmentWords: lower(w.appointmentWords ?? []),
    titleAdverbs: lower(w.titleAdverbs ?? []),
    demonstratives: lower(w.demonstratives ?? []),
    groupPrepositions: lower(w.groupPrepositions ?? []),
    copulas: lower(w.copulas ?? []),
    predicateAdjectives: lower(w.predicateAdjectives ?? []),
    presentatives: (w.presentatives ?? []).map((p) => p.toLowerCase().split(w.elides ? /\s+|(?<=[’'])/ : /\s+/)),
    dropsSubjects: !!w.dropsSubjects,
    capitalisedNouns: !!w.capitalisedNouns,
    compounds: !!w.compounds,
    joinedPronouns: !!w.joinedPronouns,
    elides: !!w.elides,
    invertsSubject: !!w.invertsSubject,
    verbSecond: !!w.verbSecond,
    reportNeedsComplementizer: !!w.reportNeedsComplementizer,
    ordinalNouns: lower(w.ordinalNouns ?? []),
    publications: (w.publications ?? []).map((p) => p.toLowerCase().split(/\s+/)),
    publicationNouns: lower(w.publicationNouns ?? []),
    infinitiveCarriers: lower(w.infinitiveCarriers ?? []),
    coordinators: lower(w.coordinators ?? []),
    nounComplements: lower(w.nounComplements ?? []),
    nounMarkers: lower(w.nounMarkers ?? []),
    passiveAuxiliaries: lower(w.passiveAuxiliaries ?? []),
    hypotheticalOpeners: lower(w.hypotheticalOpeners ?? []),
    contractedArticles: lower(w.contractedArticles ?? []),
    adverbEnding: w.adverbEnding,
    namesakeNouns: lower(w.namesakeNouns ?? []),
    workNouns: lower(w.workNouns ?? []),
    portfolios: w.portfolios && {
      holder: w.portfolios.holder,
      prepositions: Object.entries(w.portfolios.prepositions).map(([p, r]) => [p.split(/\s+|(?<=’)/).filter(Boolean), r] as [string[], string]),
      fields: lower(w.portfolios.fields),
    },
  };
}

/** Forms -> lemma for every lemma, from a language's conjugation of one lemma, plus irregular forms. */
export function formsOf(lemmas: readonly string[], conjugate: (lemma: string) => string[], irregular: Readonly<Record<string, readonly string[]>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lemma of lemmas) for (const f of irregular[lemma] ?? conjugate(lemma)) if (!(f in out)) out[f] = lemma;
  for (const [lemma, forms] of Object.entries(irregular)) for (const f of forms) if (!(f in out)) out[f] = lemma;
  return out;
}
