/** Words that make a capitalised phrase an organisation, not a person (lower case). */
export const ORGANISATION_WORDS: readonly string[] = [
  'ministry', 'department', 'agency', 'office', 'council', 'committee', 'commission', 'board',
  'authority', 'service', 'services', 'police', 'army', 'navy', 'force', 'forces', 'guard', 'corps',
  'government', 'administration', 'parliament', 'congress', 'senate', 'assembly', 'court',
  'party', 'union', 'federation', 'association', 'institute', 'institution', 'foundation', 'fund',
  'bank', 'university', 'college', 'school', 'hospital', 'clinic', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'llc', 'plc', 'group', 'holdings', 'partners', 'news', 'times', 'post', 'journal',
  'press', 'agency', 'network', 'channel', 'broadcasting', 'television', 'radio', 'tribune',
  'herald', 'gazette', 'daily', 'weekly', 'magazine', 'reuters', 'society', 'league', 'club',
  'center', 'centre', 'coalition', 'alliance', 'organisation', 'organization', 'network',
  'kremlin', 'pentagon', 'bureau', 'directorate', 'secretariat', 'cabinet', 'embassy', 'consulate',
  'campaign', 'project', 'initiative', 'trust', 'team', 'market', 'markets', 'foods', 'airlines',
  'motors', 'energy', 'labs', 'laboratories', 'systems', 'technologies', 'media', 'studios',
  'church', 'diocese', 'tribe', 'nation', 'state', 'states', 'city', 'county', 'province', 'republic', 'kingdom',
  'house', 'council', 'exchange', 'brokerage', 'program', 'programme', 'commission', 'fbi', 'cia',
  'nato', 'imf', 'opec',
  // company names end in these ("Dick Clark Productions", "Walt Disney Entertainment")
  'productions', 'entertainment', 'industries', 'enterprises', 'pharmaceuticals', 'communications', 'ventures',
];

/**
 * Common nouns that, after "the", stand for an organisation named earlier ("the ministry said").
 * Value: words one of which the organisation's name should contain (empty: any organisation).
 */
export const ORGANISATION_ANAPHORS: Readonly<Record<string, readonly string[]>> = {
  ministry: ['ministry'], department: ['department', 'ministry'], agency: ['agency', 'department', 'service', 'office', 'bureau', 'commission', 'authority'],
  company: [], firm: [], retailer: [], group: [], organisation: [], organization: [], charity: [],
  campaign: ['campaign'], government: ['government'], administration: ['administration'],
  police: ['police'], force: ['police', 'force'], office: ['office'], commission: ['commission'],
  council: ['council'], committee: ['committee'], court: ['court'], party: ['party'],
  union: ['union'], university: ['university'], hospital: ['hospital'], bank: ['bank'],
  airline: ['airlines', 'airways', 'air'], carrier: [], utility: [], regulator: [],
  service: ['service'], board: ['board'], authority: ['authority'], institute: ['institute'],
};

/** Nouns for sources that stay unnamed ("a senior official said", "sources familiar with…"). */
export const UNNAMED_SOURCE_NOUNS: readonly string[] = [
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'diplomat', 'diplomats',
  'officer', 'officers', 'analyst', 'analysts', 'expert', 'experts', 'witness', 'witnesses',
  'resident', 'residents', 'investigator', 'investigators', 'insider', 'insiders', 'people',
  'person', 'executive', 'executives', 'employee', 'employees', 'staffer', 'staffers', 'observers',
  'critics', 'supporters', 'lawmakers', 'legislators', 'democrats', 'republicans', 'scientists',
  'researchers', 'doctors', 'police', 'authorities', 'prosecutors', 'organizers', 'organisers',
  'activists', 'protesters', 'voters', 'leaders', 'members', 'representatives', 'statement',
];

/** Nouns for documents: they report, and speak only the words quoted from them ("the email said", "reads the letter"). */
export const DOCUMENT_NOUNS: readonly string[] = [
  'report', 'reports', 'document', 'documents', 'study', 'studies', 'survey', 'poll', 'polls',
  'data', 'paper', 'analysis', 'memo', 'letter', 'filing', 'records', 'record', 'article', 'story',
  'research', 'figures', 'statistics', 'numbers', 'evidence', 'complaint', 'lawsuit', 'indictment',
  // messages: "the email said", "the note says", "the unsigned opinion said"
  'email', 'e-mail', 'note', 'message', 'editorial', 'opinion', 'ad', 'tweet', 'release', 'op-ed', 'footnote',
];
