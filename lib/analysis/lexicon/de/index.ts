// German word lists, lower case. Nouns are capitalised in German, so the lists of titles, sources and
// organisations also tell the name reader which capitalised words are not names.
import { compileLexicon } from '../compile';
import { PUBLICATIONS } from './publications';
import { GIVEN_NAMES } from '../given-names';
import { CLAUSE_VERBS, SPEECH_FORMS, WEAK_VERBS } from './speech-verbs';
import { KONJUNKTIV_I } from './reported-mood';

/** Masculine roles; the feminine form in -in is added for each ("Sprecher" -> "Sprecherin"). */
const ROLES = [
  'präsident', 'vizepräsident', 'kanzler', 'minister', 'ministerpräsident', 'staatssekretär', 'sprecher', 'bürgermeister',
  'oberbürgermeister', 'landrat', 'gouverneur', 'botschafter', 'senator', 'politiker', 'kandidat', 'spitzenkandidat',
  'chef', 'leiter', 'direktor', 'geschäftsführer', 'vorstand', 'gründer', 'mitgründer', 'sekretär', 'generalsekretär',
  'berater', 'organisator', 'professor', 'forscher', 'wissenschaftler', 'ökonom', 'historiker', 'politologe',
  'soziologe', 'virologe', 'epidemiologe', 'journalist', 'korrespondent', 'autor', 'anwalt', 'rechtsanwalt',
  'staatsanwalt', 'richter', 'polizist', 'offizier', 'general', 'kommissar', 'könig', 'papst', 'bischof', 'pfarrer',
  'arzt', 'experte', 'analyst', 'diplomat', 'funktionär', 'gewerkschafter', 'aktivist', 'kassenwart', 'schatzmeister',
  'machthaber', 'diktator', 'abgeordneter', 'vorsitzender', 'beauftragter', 'rechtler', 'vertreter', 'koordinator',
  'referent', 'dekan', 'rektor', 'intendant', 'redakteur', 'herausgeber', 'unternehmer', 'manager', 'inhaber',
  'kommandeur', 'oberst', 'mitglied', 'boss', 'regierungschef', 'parteichef', 'fraktionschef', 'landeschef', 'ministerin',
];
const feminine = (w: string) => (w.endsWith('er') && /(abgeordnet|vorsitzend|beauftragt)er$/.test(w) ? w.slice(0, -1) : w.endsWith('e') ? w.slice(0, -1) + 'in' : w.endsWith('anwalt') ? w.replace(/anwalt$/, 'anwältin') : w === 'arzt' ? 'ärztin' : w + 'in');

export const DE = compileLexicon({
  speechForms: SPEECH_FORMS,
  weakVerbs: WEAK_VERBS,
  clauseVerbs: CLAUSE_VERBS,
  utteranceNouns: ['äußerung', 'äußerungen', 'aussage', 'aussagen', 'erklärung', 'stellungnahme', 'worte', 'antwort', 'mitteilung'],
  titleHeads: [...ROLES, ...ROLES.map(feminine), 'abgeordnete', 'vorsitzende', 'beauftragte', 'beamter', 'beamte', 'beamtin', 'mitarbeiter', 'mitarbeiterin', 'staatsgründer'],
  titleModifiers: ['ehemalige', 'ehemaliger', 'ehemaligen', 'frühere', 'früherer', 'früheren', 'neue', 'neuer', 'stellvertretende', 'stellvertretender', 'stellvertretendes', 'amtierende', 'amtierender', 'designierte', 'designierter', 'saarländische', 'saarländischer', 'französische', 'französischer', 'deutsche', 'deutscher', 'amerikanische', 'amerikanischer', 'russische', 'russischer', 'chinesische', 'chinesischer', 'bayerische', 'bayerischer', 'grüne', 'grüner', 'sozialdemokratische', 'konservative', 'bisherige', 'bisheriger', 'zuständige', 'zuständiger', 'leitende', 'leitender', 'oberste', 'oberster', 'erste', 'erster'],
  honorifics: { herr: 'male', herrn: 'male', frau: 'female', dr: null, prof: null },
  givenNames: GIVEN_NAMES,
  publications: PUBLICATIONS,
  femaleWords: ['sie', 'frau', 'mutter', 'tochter', 'schwester', 'ehefrau', 'großmutter', 'tante', 'nichte', ...ROLES.map(feminine), 'abgeordnete', 'vorsitzende'],
  maleWords: ['er', 'herr', 'herrn', 'mann', 'vater', 'sohn', 'bruder', 'ehemann', 'großvater', 'onkel', 'neffe', ...ROLES],
  kinshipWords: ['mutter', 'vater', 'sohn', 'tochter', 'bruder', 'schwester', 'ehefrau', 'ehemann', 'frau', 'mann', 'großmutter', 'großvater', 'onkel', 'tante', 'freund', 'freundin', 'nachbar', 'nachbarin', 'kollege', 'kollegin', 'eltern', 'kind', 'kinder'],
  organisationWords: [
    'ministerium', 'amt', 'behörde', 'regierung', 'bundesregierung', 'partei', 'gericht', 'verband', 'kommission',
    'polizei', 'gewerkschaft', 'institut', 'stiftung', 'verein', 'bank', 'zeitung', 'sender', 'agentur', 'konzern',
    'gruppe', 'universität', 'klinik', 'bundestag', 'bundesrat', 'landtag', 'parlament', 'senat', 'staatsanwaltschaft',
    'kanzlei', 'unternehmen', 'gesellschaft', 'rat', 'union', 'bund', 'kreisverband', 'landesverband', 'fraktion',
    'afd', 'spd', 'cdu', 'csu', 'fdp', 'grüne', 'linke', 'cnn', 'dpa', 'afp', 'ard', 'zdf', 'nato', 'uno', 'eu', 'who',
    'präsidialamt', 'kanzleramt', 'weißes', 'kreml', 'elysée', 'élysée', 'bundeswehr', 'armee', 'militär', 'geheimdienst',
    'dienst', 'rundfunk', 'magazin', 'nachrichtensender', 'nachrichtenagentur', 'staatsmedien', 'medien', 'zentrum',
  ],
  organisationAnaphors: { ministerium: ['ministerium'], regierung: ['regierung'], partei: ['partei'], behörde: ['behörde', 'amt'], polizei: ['polizei'], unternehmen: [], konzern: [], gericht: ['gericht'], verband: ['verband'], sender: ['sender'] },
  unnamedSourceNouns: ['quelle', 'quellen', 'kreise', 'kreisen', 'insider', 'informant', 'beobachter', 'kritiker', 'experten', 'anwohner', 'teilnehmer', 'mitarbeiter', 'beamte', 'behörden', 'menschen', 'leute', 'demonstranten', 'aktivisten', 'bewohner', 'augenzeugen', 'zeugen', 'vertreter', 'landsleute', 'geschäft'],
  documentNouns: ['bericht', 'berichte', 'studie', 'studien', 'dokument', 'dokumente', 'umfrage', 'brief', 'schreiben', 'papier', 'gesetz', 'gesetzentwurf', 'vertrag', 'erklärung', 'daten', 'zahlen', 'mitteilung', 'pressemitteilung'],
  governmentMetonyms: ['Berlin', 'Paris', 'Moskau', 'Peking', 'Washington', 'London', 'Brüssel', 'Kiew', 'Seoul', 'Pjöngjang', 'Tokio', 'Ankara', 'Teheran', 'Wien', 'Bern', 'Rom', 'Madrid', 'Warschau', 'Kanzleramt', 'Kreml', 'Weißes Haus', 'Élysée', 'Elysée', 'Elysée-Palast'],
  nationalities: ['deutsch', 'deutsche', 'deutscher', 'französisch', 'französische', 'französischer', 'amerikanische', 'amerikanischer', 'russische', 'russischer', 'chinesische', 'chinesischer', 'südkoreanische', 'südkoreanischen', 'nordkoreanische', 'europäische', 'europäischer', 'britische', 'britischer', 'italienische', 'spanische', 'us', 'eu', 'bundes', 'landes'],
  countries: ['Deutschland', 'Frankreich', 'Russland', 'China', 'USA', 'Vereinigte Staaten', 'Großbritannien', 'Italien', 'Spanien', 'Ukraine', 'Österreich', 'Schweiz', 'Polen', 'Türkei', 'Iran', 'Israel', 'Nordkorea', 'Südkorea', 'Japan', 'Luxemburg', 'Belgien', 'Niederlande'],
  nonNameCapitals: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber',
    'doch', 'denn', 'wenn', 'als', 'wie', 'weil', 'dass', 'ob', 'so', 'sowohl', 'weder', 'entweder', 'auch', 'noch', 'nur', 'schon', 'dann', 'da', 'dort',
    'hier', 'jetzt', 'nun', 'heute', 'gestern', 'morgen', 'er', 'sie', 'es', 'wir', 'ihr', 'ich', 'du', 'man', 'sein',
    'seine', 'ihre', 'unser', 'unsere', 'dies', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'jene', 'in', 'im', 'an',
    'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'vor',
    'hinter', 'neben', 'zwischen', 'durch', 'gegen', 'ohne', 'um', 'seit', 'bis', 'trotz', 'während', 'wegen', 'laut',
    'zufolge', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar',
    'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'was', 'wer', 'wo',
    'warum', 'wann', 'welche', 'welcher', 'alle', 'viele', 'einige', 'manche', 'mancherorts', 'kein', 'keine', 'nicht',
    'niemand', 'jemand', 'keiner', 'jeder', 'nichts', 'etwas',
    'ja', 'nein', 'immer', 'bereits', 'etwa', 'rund', 'mehr', 'weniger', 'sehr', 'ganz', 'also', 'zudem', 'außerdem',
    'allerdings', 'trotzdem', 'dennoch', 'deshalb', 'daher', 'zuletzt', 'zunächst', 'erst', 'ist', 'sind', 'war', 'waren',
    'hat', 'haben', 'hatte', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können', 'soll', 'sollen', 'muss', 'müssen',
    'bild', 'foto', 'quelle', 'mehr', 'lesen', 'sie', 'herr', 'frau', 'gott', 'corona', 'internet', 'euro', 'prozent',
    'uhr', 'jahr', 'jahre', 'jahren', 'tag', 'tage', 'woche', 'wochen', 'monat', 'monate', 'ende', 'anfang', 'mitte',
    'stadt', 'land', 'leute', 'menschen', 'grenze', 'zeit', 'fall', 'frage', 'antwort', 'sache', 'teil', 'ziel', 'weg',
    // sentence adverbs, capitalised only when they open a sentence ("Daraufhin teilte Bushido aus")
    'daraufhin', 'gleichzeitig', 'zugleich', 'dazu', 'damit', 'dabei', 'dafür', 'dagegen', 'danach', 'davor', 'darüber',
    'deswegen', 'jedoch', 'inzwischen', 'mittlerweile', 'schließlich', 'natürlich', 'vielleicht', 'wahrscheinlich',
    'offenbar', 'offensichtlich', 'tatsächlich', 'eigentlich', 'ebenfalls', 'insgesamt', 'immerhin', 'übrigens',
    'stattdessen', 'später', 'bisher', 'derzeit', 'aktuell', 'damals', 'sogar', 'kaum', 'bald', 'oft', 'manchmal',
    'freilich', 'zumindest', 'ohnehin', 'anschließend', 'zuvor', 'seither', 'künftig', 'erneut', 'weiterhin',
  ],
  abbreviations: ['dr', 'prof', 'hr', 'fr', 'bzw', 'usw', 'etc', 'vgl', 'ca', 'ggf', 'z.b', 'd.h', 'u.a', 'nr', 'str', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dez', 'mio', 'mrd', 'st'],
  pronouns: { er: 'male', sie: 'female', ich: 'self', wir: 'self' },
  // "ihm zufolge", "laut ihr": the dative pronoun of a source
  stressedPronouns: { ihm: 'er', ihr: 'sie' },
  sourcePrepositions: ['laut', 'nach angaben von', 'nach angaben des', 'nach angaben der', 'gemäß', 'nach worten von'],
  sourcePostpositions: ['zufolge'],
  sourceParticles: ['so'],
  auxiliaries: ['hat', 'habe', 'hatte', 'haben', 'hätte', 'auch', 'noch', 'dann', 'bereits', 'schon', 'zudem', 'weiter', 'außerdem', 'jedoch', 'aber', 'allerdings', 'damals', 'jetzt', 'nun'],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'manche', 'viele', 'einige', 'mehrere',
    'mein', 'meine', 'meinem', 'meinen', 'meiner', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'kein', 'keine', 'keinem',
    'keinen', 'keiner', 'jeder', 'jede', 'jedes', 'jedem', 'jeden', 'jene', 'jener', 'jenem', 'jenen', 'manchen', 'vielen',
    'vieler', 'einigen', 'einiger', 'mehreren', 'mehrerer', 'allen', 'aller'],
  contractedArticles: ['zum', 'zur', 'im', 'am', 'vom', 'beim', 'ins', 'ans', 'aufs', 'durchs', 'fürs', 'ums', 'übers'],
  // "der 45-Jährige" ends in "jährige" (compounds are looked up by their last part)
  personDescriptions: [
    'jährige', 'jähriger', 'franzose', 'französin', 'deutsche', 'deutscher', 'amerikaner', 'amerikanerin', 'brite', 'britin',
    'italiener', 'italienerin', 'spanier', 'spanierin', 'russe', 'russin', 'österreicher', 'österreicherin', 'schweizer',
    'schweizerin', 'niederländer', 'niederländerin', 'pole', 'polin', 'türke', 'türkin', 'chinese', 'chinesin',
  ],
  definiteArticles: ['der', 'die', 'das', 'den', 'dem', 'des', 'dieser', 'diese'],
  articleGenders: { der: 'male', die: 'female', dieser: 'male', diese: 'female' },
  indefiniteArticles: ['ein', 'eine'],
  impersonalCues: ['hieß es', 'heißt es', 'hatte es geheißen'],
  perfectAuxiliaries: ['hat', 'habe', 'hatte', 'hätte', 'haben', 'hatten', 'hätten'],
  objectCases: ['den', 'dem', 'einem', 'einen', 'ihm', 'ihnen', 'mir', 'dir', 'uns', 'euch', 'es', 'sich'],
  reportedMood: KONJUNKTIV_I,
  objectPrepositions: ['aus', 'in', 'im', 'nach', 'bei', 'beim', 'mit', 'für', 'gegen', 'über', 'auf', 'an', 'am', 'unter', 'vor', 'zwischen'],
  prepositions: ['von', 'vom', 'für', 'bei', 'beim', 'im', 'in', 'an', 'am', 'zu', 'zum', 'zur', 'der', 'des', 'den', 'dem', 'aus', 'mit'],
  complementizers: ['dass'],
  capitalisedNouns: true,
  compounds: true,
  invertsSubject: true,
  verbSecond: true,
  // German writes ordinals with a dot: "am 30. März 2017" goes on after the number
  ordinalNouns: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jahrhundert', 'jahrestag', 'geburtstag', 'platz', 'stock', 'runde', 'spieltag', 'klasse', 'mal'],
});
