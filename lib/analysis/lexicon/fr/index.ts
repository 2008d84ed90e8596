// French word lists. Everything is lower case; apostrophes are the typographic ’ that pages print
// (the text is normalised so that ' and ’ compare alike only where the code says so).
import { compileLexicon } from '../compile';
import { CLAUSE_VERBS, SPEECH_FORMS, WEAK_VERBS } from './speech-verbs';
import { COORDINATORS, INFINITIVE_CARRIERS, PUBLICATIONS, PUBLICATION_NOUNS } from './publications';
import { FR_GIVEN_NAMES } from './given-names';

export const FR = compileLexicon({
  givenNames: FR_GIVEN_NAMES,
  speechForms: SPEECH_FORMS,
  weakVerbs: WEAK_VERBS,
  clauseVerbs: CLAUSE_VERBS,
  utteranceNouns: ['déclaration', 'déclarations', 'propos', 'commentaire', 'commentaires', 'réponse', 'message', 'mots'],
  titleHeads: [
    'président', 'présidente', 'vice-président', 'vice-présidente', 'premier ministre', 'première ministre', 'ministre',
    'secrétaire', 'secrétaire d’état', 'secrétaire général', 'secrétaire générale', 'porte-parole', 'maire', 'adjoint',
    'adjointe', 'député', 'députée', 'sénateur', 'sénatrice', 'eurodéputé', 'eurodéputée', 'conseiller', 'conseillère',
    'préfet', 'préfète', 'gouverneur', 'ambassadeur', 'ambassadrice', 'directeur', 'directrice', 'directeur général',
    'directrice générale', 'chef', 'cheffe', 'patron', 'patronne', 'dirigeant', 'dirigeante', 'responsable', 'délégué',
    'déléguée', 'commissaire', 'procureur', 'procureure', 'juge', 'avocat', 'avocate', 'magistrat', 'magistrate',
    'général', 'colonel', 'commandant', 'capitaine', 'lieutenant', 'gendarme', 'policier', 'policière', 'officier',
    'professeur', 'professeure', 'enseignant', 'enseignante', 'enseignant-chercheur', 'chercheur', 'chercheuse',
    'maître de conférences', 'économiste', 'sociologue', 'historien', 'historienne', 'philosophe', 'politologue',
    'anthropologue', 'juriste', 'médecin', 'épidémiologiste', 'infectiologue', 'expert', 'experte', 'spécialiste',
    'analyste', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'pdg', 'p-dg', 'gérant', 'gérante',
    'trésorier', 'trésorière', 'candidat', 'candidate', 'militant', 'militante', 'syndicaliste', 'leader', 'élu',
    'élue', 'recteur', 'rectrice', 'doyen', 'doyenne', 'journaliste', 'éditorialiste', 'écrivain', 'écrivaine',
    'auteur', 'autrice', 'auteure', 'cadre', 'collaborateur', 'collaboratrice', 'coordinateur', 'coordinatrice',
    'coordonnateur', 'représentant', 'représentante', 'roi', 'reine', 'pape', 'évêque', 'archevêque', 'imam',
    'rabbin', 'chancelière', 'chancelier', 'diplomate', 'négociateur', 'médiateur', 'rapporteur', 'rapporteure',
    'sous-préfet', 'chargé de cours', 'chargée de cours', 'chargé de mission', 'chargée de mission', 'étudiant',
    'étudiante', 'doctorant', 'doctorante', 'garde des sceaux', 'eurodéputé', 'édile', 'patron', 'numéro deux',
    'conseiller spécial', 'directeur de cabinet', 'directrice de cabinet', 'chef de l’état', 'dirigeant',
  ],
  titleModifiers: [
    'ancien', 'ancienne', 'ex', 'ex-', 'futur', 'future', 'nouveau', 'nouvelle', 'actuel', 'actuelle', 'premier',
    'première', 'vice', 'haut', 'haute', 'sous', 'adjoint', 'adjointe', 'général', 'générale', 'délégué', 'déléguée',
    'socialiste', 'communiste', 'écologiste', 'centriste', 'insoumis', 'insoumise', 'lrem', 'lr', 'ps', 'rn', 'modem',
  ],
  honorifics: { m: 'male', mme: 'female', mlle: 'female', monsieur: 'male', madame: 'female', mademoiselle: 'female', me: null, dr: null, pr: null, mgr: 'male' },
  femaleWords: [
    'elle', 'elles', 'femme', 'fille', 'mère', 'sœur', 'épouse', 'grand-mère', 'tante', 'nièce', 'madame', 'mme',
    'présidente', 'directrice', 'députée', 'sénatrice', 'ambassadrice', 'conseillère', 'avocate', 'chercheuse',
    'professeure', 'étudiante', 'militante', 'fondatrice', 'reine', 'princesse', 'chancelière', 'porte-parole',
  ].filter((w) => w !== 'porte-parole'),
  maleWords: [
    'il', 'ils', 'homme', 'garçon', 'fils', 'père', 'frère', 'mari', 'époux', 'grand-père', 'oncle', 'neveu',
    // masculine role nouns name women too in French ("Marie-Pierre Dausse, professeur d’histoire"): only
    // the feminine forms tell a gender
    'monsieur', 'roi', 'prince',
  ],
  kinshipWords: ['mère', 'père', 'fils', 'fille', 'frère', 'sœur', 'mari', 'épouse', 'femme', 'grand-mère', 'grand-père', 'oncle', 'tante', 'cousin', 'cousine', 'ami', 'amie', 'voisin', 'voisine', 'collègue', 'compagnon', 'compagne', 'parents', 'enfant', 'enfants'],
  organisationWords: [
    'ministère', 'gouvernement', 'assemblée', 'sénat', 'parlement', 'conseil', 'commission', 'comité', 'cour', 'tribunal',
    'parquet', 'police', 'gendarmerie', 'armée', 'parti', 'syndicat', 'union', 'fédération', 'association', 'institut',
    'fondation', 'fonds', 'banque', 'université', 'école', 'hôpital', 'entreprise', 'société', 'groupe', 'agence',
    'office', 'direction', 'préfecture', 'mairie', 'région', 'département', 'ville', 'observatoire', 'centre',
    'collectif', 'mouvement', 'front', 'rassemblement', 'république', 'élysée', 'matignon', 'quai', 'canard', 'monde',
    'figaro', 'libération', 'échos', 'mediapart', 'afp', 'insee', 'cnrs', 'onu', 'otan', 'ue', 'sncf', 'edf', 'journal',
    'radio', 'télévision', 'chaîne', 'cabinet', 'ambassade', 'autorité', 'haute', 'inspection', 'ordre', 'onG',
  ],
  organisationAnaphors: {
    ministère: ['ministère'], gouvernement: ['gouvernement'], parti: ['parti'], syndicat: ['syndicat'], entreprise: [],
    groupe: [], société: [], agence: ['agence'], association: ['association'], commission: ['commission'], police: ['police'],
    parquet: ['parquet'], tribunal: ['tribunal'], université: ['université'], mairie: ['mairie'], préfecture: ['préfecture'],
  },
  unnamedSourceNouns: [
    'source', 'sources', 'proche', 'proches', 'entourage', 'responsable', 'responsables', 'conseiller', 'expert', 'experts',
    'spécialiste', 'spécialistes', 'témoin', 'témoins', 'habitant', 'habitants', 'manifestant', 'manifestants',
    'enquêteurs', 'autorités', 'militants', 'élus', 'observateurs', 'critiques', 'partisans', 'salariés', 'étudiants',
    'enseignants', 'chercheurs', 'médecins', 'gens', 'diplomate', 'diplomates', 'officiel', 'officiels', 'communiqué',
  ],
  documentNouns: ['rapport', 'rapports', 'étude', 'études', 'document', 'documents', 'sondage', 'enquête', 'note', 'lettre', 'courrier', 'texte', 'projet de loi', 'loi', 'décret', 'arrêté', 'article', 'chiffres', 'données'],
  governmentMetonyms: ['Élysée', 'Elysée', 'Matignon', 'Quai d’Orsay', 'Bercy', 'Beauvau', 'Kremlin', 'Maison-Blanche', 'Pékin', 'Moscou', 'Washington', 'Berlin', 'Londres', 'Bruxelles', 'Kiev', 'Kyiv', 'Téhéran', 'Ankara', 'Rome', 'Madrid', 'Alger', 'Rabat', 'Tunis'],
  nationalities: ['français', 'française', 'américain', 'américaine', 'allemand', 'allemande', 'russe', 'chinois', 'chinoise', 'britannique', 'italien', 'italienne', 'espagnol', 'espagnole', 'européen', 'européenne', 'ukrainien', 'ukrainienne', 'algérien', 'algérienne', 'marocain', 'marocaine', 'belge', 'suisse', 'canadien', 'canadienne', 'iranien', 'israélien', 'palestinien', 'turc', 'turque', 'national', 'nationale', 'régional', 'régionale', 'municipal', 'municipale', 'fédéral', 'fédérale'],
  countries: ['France', 'Allemagne', 'Russie', 'Chine', 'États-Unis', 'Etats-Unis', 'Royaume-Uni', 'Italie', 'Espagne', 'Ukraine', 'Iran', 'Israël', 'Turquie', 'Algérie', 'Maroc', 'Belgique', 'Suisse', 'Canada', 'Japon', 'Inde', 'Brésil'],
  nonNameCapitals: [
    'le', 'la', 'les', 'l’', 'un', 'une', 'des', 'du', 'de', 'd’', 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car',
    'si', 'quand', 'lorsque', 'comme', 'puis', 'alors', 'ainsi', 'aussi', 'pourtant', 'cependant', 'toutefois', 'enfin',
    'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'j’', 'tu', 'son', 'sa', 'ses',
    'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'qui', 'que', 'quoi', 'où', 'dont', 'pour', 'par',
    'dans', 'en', 'sur', 'sous', 'avec', 'sans', 'chez', 'entre', 'après', 'avant', 'depuis', 'pendant', 'selon', 'malgré',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai',
    'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'c’est', 'c’était', 'il y a', 'tout', 'tous',
    'toute', 'toutes', 'rien', 'pas', 'non', 'oui', 'aujourd’hui', 'hier', 'demain', 'pourquoi', 'comment', 'combien',
    'à', 'a', 'est', 'était', 'sont', 'ont', 'fait', 'selon', 'd’après', 'voir', 'lire', 'photo', 'crédit', 'crédits',
    'monsieur', 'madame', 'm', 'mme', 'ici', 'là', 'certes', 'face', 'contre', 'vers', 'dès', 'plus', 'moins', 'très',
    'jamais', 'déjà', 'encore', 'même', 'chaque', 'plusieurs', 'certains', 'certaines', 'autre', 'autres', 'lorsqu’',
    'qu’', 'quelques', 'beaucoup', 'reste', 'bref', 'voilà', 'dieu', 'internet', 'covid',
  ],
  abbreviations: ['m', 'mme', 'mlle', 'me', 'dr', 'pr', 'mgr', 'st', 'ste', 'cf', 'etc', 'env', 'p', 'av', 'bd', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'n°', 'no'],
  pronouns: { il: 'male', elle: 'female', ils: 'plural', elles: 'plural', on: 'plural', je: 'self', nous: 'self' },
  stressedPronouns: { lui: 'il', elle: 'elle', eux: 'ils', elles: 'elles' },
  sourcePrepositions: ['selon', 'd’après', 'd\'après', 'de l’avis de', 'aux yeux de', 'pour reprendre les mots de'],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 'sont', 'était', 'y', 'lui', 'leur', 'nous', 'vous', 'aussi', 'également', 'encore', 'déjà', 'ensuite', 'alors', 'ainsi', 'enfin', 'notamment', 'pourtant', 'toutefois', 'même'],
  articles: ['le', 'la', 'les', 'l’', 'l\'', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'plusieurs', 'certains', 'certaines'],
  relatives: ['qui'],
  personDescriptions: [
    'trentenaire', 'quadragénaire', 'quinquagénaire', 'sexagénaire', 'septuagénaire', 'octogénaire', 'nonagénaire',
    // "l’intéressé" is the person the sentence before was about
    'intéressé', 'intéressée',
  ],
  definiteArticles: ['le', 'la', 'les', 'l’', 'l\'', 'ce', 'cette'],
  articleGenders: { le: 'male', la: 'female', ce: 'male', cette: 'female' },
  // a bill or report "provides" and "sets out" what it says: cues only with a document as subject
  documentVerbs: [
    'prévoit', 'prévoient', 'prévoyait', 'prévoyaient', 'énonce', 'énoncent', 'énonçait', 'stipule', 'stipulent',
    'stipulait', 'dispose', 'disposent', 'disposait', 'mentionne', 'mentionnent', 'mentionnait', 'évoque', 'évoquent',
  ],
  appointmentWords: ['nommé', 'nommée', 'élu', 'élue', 'désigné', 'désignée', 'promu', 'promue', 'devenu', 'devenue', 'réélu', 'réélue'],
  // "est", "fut", "devint", "a été" before an office without its article ("fut ministre")
  copulas: ['est', 'était', 'fut', 'été', 'devient', 'devint', 'devenait', 'redevient', 'redevint', 'reste', 'resta', 'restait', 'demeure', 'demeurait'],
  predicateAdjectives: ['responsable', 'général', 'expert', 'experte', 'spécialiste', 'leader', 'élu', 'élue'],
  groupPrepositions: ['parmi'],
  demonstratives: ['ce', 'cet', 'cette'],
  titleAdverbs: ['alors', 'désormais', 'actuellement', 'aujourd’hui', 'encore', 'déjà', 'ensuite', 'toujours', 'jadis', 'naguère', 'autrefois', 'bientôt', 'brièvement'],
  presentatives: ['il s’agit', 'il s\'agit', 'c’est', 'c\'est', 'ce sont', 'à savoir'],
  // the conditional of reported information ("Il aurait travaillé à …", "… serait-il à l’œuvre ?"): its
  // two auxiliaries; the modals ("pourraient installer") mostly say what may happen, not who said it
  reportedMood: ['serait', 'seraient', 'aurait', 'auraient']
    .flatMap((v) => [v, `${v}-il`, `${v}-elle`, `${v}-ils`, `${v}-elles`, `${v}-on`]),
  workNouns: ['livre', 'ouvrage', 'essai', 'roman', 'recueil', 'biographie', 'pamphlet'],
  namesakeNouns: [
    'sous-marin', 'navire', 'bateau', 'frégate', 'porte-avions', 'porte-hélicoptères', 'croiseur', 'paquebot', 'fusée',
    'sonde', 'base', 'station', 'île', 'baie', 'mont', 'rue', 'avenue', 'boulevard', 'place', 'quai', 'pont', 'aéroport',
    'gare', 'stade', 'hôpital', 'lycée', 'collège', 'école', 'salle', 'théâtre', 'musée', 'parc', 'square', 'allée', 'impasse',
  ],
  portfolios: {
    holder: 'ministre',
    prepositions: { 'à la': 'de la', 'à l’': 'de l’', 'au': 'du', 'aux': 'des' },
    fields: [
      'justice', 'intérieur', 'armées', 'défense', 'affaires étrangères', 'affaires européennes', 'europe', 'économie',
      'finances', 'budget', 'comptes publics', 'santé', 'culture', 'éducation', 'éducation nationale', 'travail', 'emploi',
      'agriculture', 'transports', 'écologie', 'transition écologique', 'environnement', 'sports', 'logement',
      'outre-mer', 'enseignement supérieur', 'recherche', 'solidarités', 'numérique', 'industrie', 'commerce extérieur',
      'fonction publique', 'cohésion des territoires', 'égalité', 'famille', 'jeunesse', 'relations avec le parlement',
    ],
  },
  impersonalCues: ['peut-on lire', 'lit-on', 'apprend-on', 'pouvait-on lire', 'a-t-on appris', 'précise-t-on'],
  addresseePrepositions: ['à', 'au', 'aux'],
  objectPrepositions: ['à', 'au', 'aux', 'dans', 'en', 'chez', 'avec', 'sur', 'pour', 'contre', 'vers', 'parmi'],
  prepositions: ['de', 'du', 'des', 'd’', 'd\'', 'à', 'au', 'aux', 'en', 'pour', 'chez', 'auprès', 'dans', 'sur'],
  complementizers: ['que', 'qu’', 'qu\''],
  publications: PUBLICATIONS,
  publicationNouns: PUBLICATION_NOUNS,
  infinitiveCarriers: INFINITIVE_CARRIERS,
  coordinators: COORDINATORS,
  // "le porte-parole du gouvernement", "la ministre de la Culture"
  nounComplements: ['de', 'du', 'des', 'd’', 'd\''],
  // "par tranche de quatre mois", "les lanceurs d’alerte", "une réponse": a noun, not the verb
  nounMarkers: ['par', 'de', 'd’', 'd\'', 'du', 'des', 'un', 'une', 'sans', 'avec', 'chaque', 'sur'],
  // "sera confié à une autorité": passive, no one speaks ("s’est confié" is not: see clause-basics)
  passiveAuxiliaries: ['est', 'sont', 'sera', 'seront', 'serait', 'seraient', 'était', 'étaient', 'fut', 'furent', 'été', 'soit', 'soient', 'être'],
  // "si elle estime que la loi n’est pas respectée": a case, not a report ("même si" still reports)
  hypotheticalOpeners: ['si', 's’', 's\''],
  joinedPronouns: true,
  elides: true,
  invertsSubject: true,
});
