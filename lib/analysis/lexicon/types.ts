/** The word lists of one language, compiled to sets for O(1) look-ups. All keys are lower case. */
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
  nonNameCapitals: Set<string>;
  /** Abbreviations whose period does not end a sentence (no trailing dot). */
  abbreviations: Set<string>;
  pronouns: Map<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'>;
}
