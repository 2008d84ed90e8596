/** The word lists of one language, compiled to sets for O(1) look-ups. All keys are lower case. */
/** The gender a given name usually marks; 'either' for names worn by both (Taylor, Kim). */
export type GivenNameGender = 'male' | 'female' | 'either';

export interface LexiconData {
  /** Inflected speech verb -> lemma ("said" -> "say"). */
  speechForms: Map<string, string>;
  weakVerbs: Set<string>;
  /** Lemmas whose bare form is usually a noun: only inflected forms count as cues before a quote. */
  nounLikeVerbs: Set<string>;
  clauseVerbs: Set<string>;
  utteranceNouns: Set<string>;
  titleHeads: Set<string>;
  titleModifiers: Set<string>;
  honorifics: Map<string, 'male' | 'female' | null>;
  /**
   * Given names and the gender they mark: a run of capitalised words opening with one is a person with
   * no other evidence ("un posteo de Cristina Kirchner", "Hillary Clinton stretched the truth"). Absent:
   * only titles, honorifics and verbs of saying make people.
   */
  givenNames?: Map<string, GivenNameGender>;
  femaleWords: Set<string>;
  maleWords: Set<string>;
  kinshipWords: Set<string>;
  organisationWords: Set<string>;
  organisationAnaphors: Map<string, readonly string[]>;
  unnamedSourceNouns: Set<string>;
  documentNouns: Set<string>;
  governmentMetonyms: Set<string>;
  nationalities: Set<string>;
  countries: Set<string>;
  /** Places never registered as a person, whatever title-like words follow them ("in Nevada, throwing chairs …"), lower case. */
  places?: Set<string>;
  nonNameCapitals: Set<string>;
  /** Words running text writes in lower case inside a sentence (counted): capitalised at a sentence start, no name. */
  lowercaseWords?: Set<string>;
  /** Abbreviations whose period does not end a sentence (no trailing dot). */
  abbreviations: Set<string>;
  pronouns: Map<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'>;
  /** Every form of the third-person pronouns that tells a gender ("he", "his", "him", "her"): evidence of a named person's gender. */
  genderedPronouns?: Map<string, 'male' | 'female'>;
  /** Possessives that stand for a thing or a body, never a person (English "its"). */
  neuterPossessives?: Set<string>;
  /** Phrases before a source, as lower-case words ("according to", "selon", "laut", "según"). */
  sourcePrepositions: readonly (readonly string[])[];
  /**
   * Pronouns after a preposition, standing for the subject pronoun of the same person ("selon lui" ->
   * "il", "según ella" -> "ella", "ihm zufolge" -> "er"): a source written as one of them is that pronoun.
   */
  stressedPronouns?: Map<string, string>;
  /** Words after a source that make it one ("dem Ministerium zufolge"). */
  sourcePostpositions: Set<string>;
  /** A word after a quotation that names its source without a verb (German "…“, so Gutierrez."). */
  sourceParticles: Set<string>;
  /** Auxiliaries of compound tenses around a verb of saying ("a déclaré", "ha dicho", "hat gesagt"). */
  auxiliaries: Set<string>;
  /** Articles and determiners beyond the English ones the phrase readers know ("le", "der", "los"). */
  articles: Set<string>;
  /**
   * Definite articles before a title that stands for a person named elsewhere ("el Presidente", "der
   * US-Präsident"). Empty: titles after "the" stay unnamed sources (English keeps its behaviour).
   */
  definiteArticles: Set<string>;
  /**
   * Finite auxiliaries of compound tenses in a verb-second language ("hat", "hatte", "hätten"): the
   * subject stands next to them and the participle of saying at the clause's end. Absent elsewhere.
   */
  perfectAuxiliaries?: Set<string>;
  /** Articles and pronouns of the object cases ("dem", "ihm"): the person told, never the subject. */
  objectCases?: Set<string>;
  /** Cues with an impersonal subject, as lower-case tokens ("peut-on lire", "hieß es"); absent in English. */
  impersonalCues?: readonly (readonly string[])[];
  /**
   * Verb forms of a mood that marks reported speech by itself (German Konjunktiv I: "sei", "habe",
   * "könne"): a sentence holding one goes on reporting the last speaker without a verb of saying.
   */
  reportedMood?: Set<string>;
  /**
   * Verb forms by which a document speaks and a person does not ("le projet de loi prévoit", "l’article
   * stipule"): a cue only with a document noun as subject. Absent in English.
   */
  documentVerbs?: Set<string>;
  /**
   * Adverbs of time that may open a title in apposition ("M’Jid El Guerrab, alors député LREM,",
   * "X, désormais ministre"): the title is what follows them. Absent: an apposition opens with its title.
   */
  titleAdverbs?: Set<string>;
  /**
   * Verbs of being and becoming before an office without its article ("Richard Ferrand fut … ministre",
   * "devint président"): the subject right before them holds it. Absent: only appointments give one.
   */
  copulas?: Set<string>;
  /** Title heads that are adjectives after a copula ("il est responsable de …"): no office there. */
  predicateAdjectives?: Set<string>;
  /**
   * Prepositions that open a group named by a plural title ("Parmi les députés … figurent X, Y"): the
   * people the sentence lists hold that title. Absent: plural titles give no one an office.
   */
  groupPrepositions?: Set<string>;
  /**
   * Demonstratives that take up the person just named ("… avec Pasiphae. Cette jeune fille …"): the name
   * closing the sentence before is a person. Absent: no name becomes a person this way.
   */
  demonstratives?: Set<string>;
  /** Participles that give a person an office ("nommé", "élue"): the title after them is the person's. */
  appointmentWords?: Set<string>;
  /** The only words (auxiliaries, a few adverbs) that may stand between an appointment word and its holder ("has been named"); absent: any lower-case words. */
  appointmentAuxiliaries?: Set<string>;
  /** Openings of a sentence without a subject of its own ("il s’agit", "c’est"), as lower-case tokens. */
  presentatives?: readonly (readonly string[])[];
  /** Indefinite articles ("ein", "una"): one opening a sentence before a noun of a person's sex brings in someone unnamed. */
  indefiniteArticles?: Set<string>;
  /** The gender a definite article gives the noun after it ("la ministre", "der Sprecher"); absent in English. */
  articleGenders?: Map<string, 'male' | 'female'>;
  /**
   * Nouns that describe a person without being a title ("der Franzose", "der 45-Jährige", "le
   * quinquagénaire", "el joven"): after a definite article alone they stand for the person just named.
   */
  personDescriptions?: Set<string>;
  /** Relative pronouns whose antecedent speaks ("…, José Yurramendi, quien manifestó que …"). */
  relatives: Set<string>;
  /** Prepositions that start what follows a title's head ("ministre de la Culture", "Sprecher der Regierung"). */
  prepositions: Set<string>;
  /**
   * Prepositions whose noun is never the subject of a verb of saying right after it ("der Aktivist …
   * aus Chicago sagt", "la militante en Seine-Saint-Denis a dit"): the sentence's subject speaks.
   * Absent in English (its own list lives with the cue reader).
   */
  objectPrepositions?: Set<string>;
  /** Prepositions before the person told, right after a verb of saying ("explicaron a Clarín", "a confié au Monde"). */
  addresseePrepositions?: Set<string>;
  /** Prepositions before the place or circle an unnamed source speaks from ("desde el entorno presidencial"). */
  speakingFromPrepositions?: Set<string>;
  /** Conjunctions that open a reported clause, like English "that" ("que", "dass"). */
  complementizers: Set<string>;
  /** Subject pronouns may be left out ("…”, dijo."): a verb alone speaks for the person last named. */
  dropsSubjects: boolean;
  /** Every noun is capitalised (German): a capitalised title or source noun is no name. */
  capitalisedNouns: boolean;
  /** Title heads and organisation words also end compounds ("Bundesinnenminister", "Vereinigungsministerium"). */
  compounds: boolean;
  /** Subject pronouns joined to an inverted verb by hyphens ("explique-t-il" -> "il"). */
  joinedPronouns: boolean;
  /** Articles and pronouns lose their vowel before a word ("l’Élysée", "d’Emmanuel"): split them off. */
  elides: boolean;
  /** The subject may follow its verb of saying before a quotation ("Dazu sagte Gutierrez: „…“"). */
  invertsSubject: boolean;
  /**
   * The finite verb of a main clause comes second (German): the words right after a verb of saying are
   * its subject and objects ("antwortet Keith dem Parteichef …"), and what it reports opens with a
   * complementizer or stands before it ("…, sagte er"). Absent: the clause may follow the verb directly.
   */
  verbSecond?: boolean;
  /**
   * A clause reported after a verb of saying opens with a complementizer (Spanish "dijo que …",
   * "aseguró a AFP que …"): the words straight after the verb are its inverted subject, addressee or an
   * adverbial ("remarcó el Presidente desde La Pampa", "respondió este martes …"), never the report.
   * Absent: the clause may follow the verb directly ("said the plan failed").
   */
  reportNeedsComplementizer?: boolean;
  /**
   * Nouns after which a number with a dot is an ordinal, not a sentence's end (German "am 30. März",
   * "im 19. Jahrhundert"). Absent: a number's dot may end a sentence.
   */
  ordinalNouns?: Set<string>;
  /** Newspapers, agencies and broadcasters by name without their article, as lower-case words ("canard enchaîné"). */
  publications?: readonly (readonly string[])[];
  /** Nouns that stand for a publication named before ("le quotidien du soir", "l’hebdomadaire"). */
  publicationNouns?: Set<string>;
  /** Verbs that carry an infinitive of saying before an inverted subject ("tente d’expliquer la ministre"). */
  infinitiveCarriers?: Set<string>;
  /** Words joining two quotations of one cue ("« … », ni « … », écrit X"). */
  coordinators?: Set<string>;
  /** Prepositions that open a noun's complement after it ("le porte-parole du gouvernement"). */
  nounComplements?: Set<string>;
  /** Words after which a form of a verb of saying is a noun ("par tranche", "lanceurs d’alerte"). */
  nounMarkers?: Set<string>;
  /** Forms of "be" that make a participle after them passive ("sera confié à"), no cue. */
  passiveAuxiliaries?: Set<string>;
  /** Conjunctions before a subject that make its verb of saying hypothetical ("si elle estime que"). */
  hypotheticalOpeners?: Set<string>;
  /** Prepositions that hold an article ("zur", "im"): where every noun is capitalised, one after them opens a noun. */
  contractedArticles?: Set<string>;
  /**
   * The ending that makes adverbs of adjectives (Spanish "-mente"): a word in it, capitalised because it
   * opens a sentence ("Actualmente se está esperando …"), is nobody. (French "-ment" also ends nouns:
   * "le gouvernement".)
   */
  adverbEnding?: string;
  /** Things named after people ("el submarino Vladimir Monomakh", "la base Juan Carlos I"): the name that follows is no person. */
  namesakeNouns?: Set<string>;
  /** Written works that speak for their author ("le livre dénonçait"). */
  workNouns?: Set<string>;
  /** "François Bayrou à la Justice": the holder's word, each preposition (as words) with the one of the title, and the fields. */
  portfolios?: { holder: string; prepositions: [string[], string][]; fields: Set<string> };
}
