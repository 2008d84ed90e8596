// Verbs of saying (lemma forms). Inflections are generated in ../build.ts, so one entry covers
// said/says/saying. Irregular past forms are listed explicitly.

/**
 * Verbs that cast someone or something as what the quoted words say ("Bush referred to Rubio as “a
 * bright, charismatic leader”", "news accounts portray his candidacy as a “working-class” rebellion",
 * "Cruz blamed the law on “knuckleheaded Democratic politicians”"): weak cues, whose object and
 * complement are reported with the quotation (PolNeAR annotates them as mixed quotes).
 */
export const CHARACTERISING_VERBS: readonly string[] = [
  'portray', 'depict', 'characterize', 'characterise', 'herald', 'mock', 'blame', 'refer', 'cast',
];

/** Verbs that introduce direct or reported speech. */
export const SPEECH_VERBS: readonly string[] = [
  ...CHARACTERISING_VERBS,
  'say', 'add', 'tell', 'claim', 'warn', 'write', 'ask', 'note', 'explain', 'argue', 'insist',
  'state', 'declare', 'announce', 'reply', 'respond', 'answer', 'continue', 'recall', 'admit',
  'acknowledge', 'observe', 'remark', 'comment', 'suggest', 'stress', 'emphasise', 'emphasize',
  'conclude', 'confirm', 'deny', 'tweet', 'post', 'predict', 'promise', 'vow', 'pledge',
  'complain', 'concede', 'contend', 'maintain', 'assert', 'allege', 'report', 'reveal', 'disclose',
  'urge', 'caution', 'point', 'describe', 'mention', 'testify', 'boast', 'joke', 'quip', 'sigh',
  'shout', 'yell', 'scream', 'cry', 'whisper', 'murmur', 'mutter', 'exclaim', 'recount', 'reason',
  'counter', 'retort', 'concur', 'agree', 'object', 'protest', 'demand', 'plead', 'beg', 'question',
  'wonder', 'lament', 'charge', 'accuse', 'blast', 'slam', 'criticise', 'criticize', 'praise',
  'tout', 'thunder', 'fume', 'snap', 'sing', 'chant', 'read', 'summarise', 'summarize', 'sum',
  'elaborate', 'specify', 'clarify', 'indicate', 'signal', 'hint', 'acknowledge', 'assure',
  'inform', 'advise', 'notify', 'recommend', 'estimate', 'forecast', 'repeat', 'reiterate', 'echo',
  'email', 'text', 'message', 'cite', 'instruct', 'order', 'call', 'brand', 'dub', 'label', 'hail',
  'term', 'condemn', 'decry', 'denounce', 'bemoan', 'dismiss', 'believe', 'think', 'feel', 'hope', 'fear',
];

/** Verbs whose bare form is usually a noun ("the fish counter", "state media", "a report"). */
export const NOUN_LIKE_VERBS: readonly string[] = [
  'counter', 'state', 'report', 'comment', 'answer', 'reply', 'question', 'post', 'text', 'message',
  'email', 'tweet', 'point', 'charge', 'object', 'protest', 'demand', 'sigh', 'cry', 'sum', 'estimate',
  'forecast', 'quote', 'echo', 'signal', 'hint', 'praise', 'joke', 'boast', 'promise', 'pledge', 'vow',
  'plead', 'repeat', 'order', 'read', 'call', 'label', 'term', 'sing', 'chant', 'shout', 'whisper', 'murmur', 'record', 'fear',
  'hope', 'feel', 'comment', 'remark', 'claim', 'warn', 'note', 'mention', 'post', 'reason', 'concur',
];

/**
 * Lemmas that double their final consonant before -ed and -ing ("admitted", "slammed", "concurring"):
 * the regular inflection would make "admited".
 */
export const DOUBLING_SPEECH_VERBS: readonly string[] = ['refer', 'admit', 'slam', 'concur', 'beg', 'quip', 'snap', 'sum'];

/**
 * Irregular inflections: surface form -> lemma. The regular rules (index.ts: -s/-ed/-ing, -y -> -ied,
 * a final -e dropped, the doubling verbs above) make every other form.
 */
export const IRREGULAR_SPEECH_FORMS: Readonly<Record<string, string>> = {
  said: 'say', told: 'tell', wrote: 'write', written: 'write', sang: 'sing', thought: 'think', felt: 'feel',
  'e-mailed': 'email',
};

/**
 * Verbs that introduce speech but are weak cues (belief, perception): they make an indirect-speech
 * clause only, never attribute a direct quote on their own.
 */
export const WEAK_SPEECH_VERBS: readonly string[] = [...CHARACTERISING_VERBS, 'call', 'brand', 'dub', 'label', 'hail', 'term', 'condemn', 'decry', 'denounce', 'bemoan', 'dismiss', 'believe', 'think', 'feel', 'hope', 'fear', 'indicate', 'signal', 'read', 'question', 'wonder', 'object', 'charge', 'post', 'text', 'message', 'point', 'sum', 'describe', 'praise', 'criticise', 'criticize', 'accuse', 'slam', 'blast', 'report'];

/** Verbs that take a reported clause ("X said (that) …") for indirect speech. */
export const CLAUSE_VERBS: readonly string[] = [
  'say', 'tell', 'claim', 'warn', 'write', 'note', 'explain', 'argue', 'insist', 'state', 'declare',
  'announce', 'add', 'admit', 'acknowledge', 'suggest', 'stress', 'emphasise', 'emphasize',
  'conclude', 'confirm', 'deny', 'tweet', 'predict', 'promise', 'vow', 'pledge', 'complain',
  'concede', 'contend', 'maintain', 'assert', 'allege', 'report', 'reveal', 'disclose', 'recall',
  'observe', 'remark', 'reply', 'respond', 'caution', 'testify', 'boast', 'assure', 'inform',
  'advise', 'estimate', 'predict', 'reiterate', 'repeat', 'counter', 'reason', 'agree',
  'indicate', 'signal', 'hint', 'point', 'continue', 'mention', 'charge', 'call', 'urge', 'accuse',
  'joke', 'recommend', 'demand', 'propose', 'question',
];

/** Multi-word cues placed before the source ("according to X, …"). */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'in the words of', 'quoting'];

/** Nouns that make a passive cue ("The comment was made by X", "the remarks came from X"). */
export const UTTERANCE_NOUNS: readonly string[] = [
  'comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'claim', 'claims',
  'announcement', 'warning', 'words', 'quote', 'message', 'testimony', 'response', 'reply', 'answer',
];
