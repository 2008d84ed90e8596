// Roles and offices. A title is a phrase whose head is one of TITLE_HEADS, optionally led by
// TITLE_MODIFIERS, nationality words or an organisation name ("former Russian Deputy Prime Minister").

/** Head nouns of titles and roles (lower case; multi-word heads listed as they are written). */
export const TITLE_HEADS: readonly string[] = [
  // government and politics
  'president', 'vice-president', 'prime minister', 'premier', 'chancellor', 'minister', 'secretary',
  'undersecretary', 'governor', 'gov', 'govs', 'mayor', 'senator', 'sen', 'sens', 'rep', 'reps', 'representative', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'mp', 'mep', 'assemblyman', 'assemblywoman',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'council member', 'alderman', 'speaker',
  'ambassador', 'envoy', 'diplomat', 'consul', 'commissioner', 'administrator', 'deputy',
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'adviser', 'advisor', 'aide',
  'attorney general', 'attorney', 'prosecutor', 'solicitor general', 'comptroller', 'treasurer',
  'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'emir', 'ayatollah', 'pope', 'cardinal',
  'bishop', 'archbishop', 'rabbi', 'imam', 'pastor', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'leader', 'head', 'chief', 'director', 'director-general', 'general secretary',
  'strategist', 'candidate', 'nominee', 'campaign manager', 'pollster', 'official', 'regulator',
  // military, police, courts
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'sergeant', 'sgt', 'admiral', 'adm', 'commander', 'cmdr', 'marshal', 'brigadier', 'corporal',
  'inspector', 'superintendent', 'detective', 'constable', 'sheriff', 'officer', 'trooper',
  'judge', 'justice', 'magistrate', 'coroner', 'clerk',
  // business, unions, NGOs, universities
  'ceo', 'cfo', 'coo', 'cto', 'executive', 'chief executive', 'founder', 'co-founder', 'cofounder',
  'owner', 'co-owner', 'partner', 'manager', 'managing director', 'vice president', 'vp',
  'economist', 'analyst', 'strategist', 'researcher', 'scientist', 'professor', 'lecturer',
  'dean', 'provost', 'fellow', 'senior fellow', 'scholar', 'historian', 'expert', 'specialist',
  'editor', 'publisher', 'correspondent', 'columnist', 'ranger', 'supervisor', 'coordinator',
  'organiser', 'organizer', 'activist', 'campaigner', 'advocate', 'lawyer', 'counsel', 'engineer',
  'principal', 'superintendent', 'president-elect', 'chancellor', 'rector', 'curator', 'steward',
  'negotiator', 'mediator', 'investigator', 'auditor', 'ombudsman', 'registrar', 'surgeon',
  'coach', 'skipper', 'host', 'anchor', 'reporter', 'counterpart', 'physician', 'doctor', 'epidemiologist', 'psychologist', 'consultant', 'planner', 'architect',
];

/** Words that can lead a title (lower case). Bare adjectives outside this list are dropped. */
export const TITLE_MODIFIERS: readonly string[] = [
  'former', 'ex', 'deputy', 'acting', 'interim', 'vice', 'assistant', 'associate', 'senior', 'chief',
  'junior', 'principal', 'executive', 'general', 'lead', 'top', 'co', 'joint', 'first', 'second',
  'presidential', 'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'justice',
  'health', 'education', 'state', 'federal', 'national', 'regional', 'local', 'city', 'county',
  'district', 'municipal', 'provincial', 'military', 'police', 'press', 'campaign', 'party',
  'opposition', 'ruling', 'government', 'white', 'house', 'department', 'ministry', 'trade',
  'economic', 'economy', 'energy', 'environment', 'environmental', 'agriculture', 'labour', 'labor',
  'security', 'intelligence', 'research', 'managing', 'supreme', 'high', 'court', 'appeals',
  'superior', 'circuit', 'district', 'attorney', 'majority', 'minority', 'house', 'senate',
  'union', 'company', 'communications', 'transport', 'transportation', 'water', 'public',
  'elected', 'longtime', 'veteran', 'incoming', 'outgoing', 'retired', 'then', 'newly', 'founding',
  'conservation', 'fisheries', 'planning', 'operations', 'legal', 'medical', 'technical',
  'commercial', 'financial', 'political', 'policy', 'program', 'programme', 'project', 'team',
  'fire', 'homeland', 'immigration', 'border', 'customs', 'tax', 'treasury',
];
