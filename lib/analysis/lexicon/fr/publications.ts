// French-language newspapers, magazines, agencies and broadcasters, written as pages name them but
// without their article ("Le Canard enchaîné" -> "Canard enchaîné"). A page quotes them as sources
// ("écrit Le Canard enchaîné", "peut-on lire dans Les Échos"); their names hold lower-case words that a
// name made of capitals alone would cut short, and a later "le quotidien" stands for the one named last.
export const PUBLICATIONS: readonly string[] = [
  'Monde', 'Monde diplomatique', 'Figaro', 'Figaro Magazine', 'Libération', 'Parisien', 'Aujourd’hui en France',
  'Échos', 'Echos', 'Croix', 'Humanité', 'Opinion', 'Canard enchaîné', 'Mediapart', 'Obs', 'Nouvel Obs',
  'Nouvel Observateur', 'Express', 'Point', 'Marianne', 'Valeurs actuelles', 'Courrier international', 'Challenges',
  'Journal du dimanche', 'JDD', 'Charlie Hebdo', 'Télérama', 'Paris Match', 'Politis',
  'Ouest-France', 'Sud Ouest', 'Dépêche du Midi', 'Dépêche', 'Voix du Nord', 'Progrès', 'Midi libre', 'Provence',
  'Dauphiné libéré', 'Est républicain', 'Républicain lorrain', 'Dernières Nouvelles d’Alsace', 'DNA', 'Télégramme',
  'Nice-Matin', 'Var-Matin', 'Corse-Matin', 'Bien public', 'Courrier picard', 'Populaire du Centre', 'Montagne',
  'Nouvelle République', 'Parisien libéré', 'Quotidien du médecin', 'Tribune', 'Journal de Montréal', 'Devoir',
  'Presse', 'Soleil', 'Temps', 'Tribune de Genève', 'Soir', 'Libre Belgique', 'Gazette des communes',
  'AFP', 'Agence France-Presse', 'Reuters', 'Associated Press', 'Bloomberg', 'franceinfo', 'France Info',
  'France Inter', 'France Culture', 'France Bleu', 'RFI', 'RTL', 'Europe 1', 'RMC', 'BFMTV', 'BFM TV', 'LCI',
  'CNews', 'TF1', 'France 2', 'France 3', 'France 24', 'Arte', 'Canal+', 'Public Sénat', 'LCP', 'Konbini',
  'Brut', 'Slate', 'HuffPost', 'Huffington Post', 'Rue89', 'StreetPress', 'Bondy Blog', 'Arrêt sur images',
  'Contexte', 'Politico', 'Quotidien', 'New York Times', 'Washington Post', 'Guardian', 'Financial Times',
];

/** Nouns that stand for the publication named last ("le quotidien du soir", "le journal satirique"). */
export const PUBLICATION_NOUNS: readonly string[] = [
  'journal', 'quotidien', 'hebdomadaire', 'mensuel', 'magazine', 'périodique', 'site', 'média', 'titre', 'confrère',
  'gazette', 'agence', 'chaîne', 'radio', 'station', 'revue', 'tabloïd', 'pure player',
];

/**
 * Verbs that carry an infinitive of saying with the subject after it: "Une « négligence », tente
 * d’expliquer la ministre", "…, a voulu rassurer le maire", "…, tient à préciser l’avocat".
 */
export const INFINITIVE_CARRIERS: readonly string[] = [
  'tente', 'tentent', 'tenté', 'tenta', 'tentait', 'essaie', 'essaient', 'essaye', 'essayé', 'essaya', 'essayait',
  'cherche', 'cherchent', 'cherché', 'chercha', 'cherchait', 'veut', 'veulent', 'voulu', 'voulut', 'voulait',
  'tient', 'tiennent', 'tenu', 'tint', 'tenait', 'préfère', 'préfèrent', 'préféré', 'préféra', 'préférait',
  'ose', 'osent', 'osé', 'osa', 'osait', 'vient', 'viennent', 'venu', 'venait', 'peut', 'pouvait', 'pu', 'sait',
  'se', 's’', 'contente', 'contenté', 'contentée', 'borne', 'borné', 'bornée', 'empresse', 'empressé', 'empressée', 'risque', 'doit', 'dut', 'devait', 'croit', 'juge', 'estime',
];

/** Words between two quotations that one cue after the second attributes ("« … » et « … », dit-il"). */
export const COORDINATORS: readonly string[] = ['et', 'ou', 'ni', 'puis', 'voire', 'mais', 'encore'];
