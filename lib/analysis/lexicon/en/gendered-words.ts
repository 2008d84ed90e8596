/** Nouns and pronouns that tell a referent's gender (titles, kinship words, pronouns). */
export const FEMALE_WORDS: readonly string[] = [
  'she', 'her', 'hers', 'herself', 'woman', 'girl', 'mother', 'mum', 'mom', 'daughter', 'sister',
  'wife', 'widow', 'grandmother', 'aunt', 'niece', 'girlfriend', 'spokeswoman', 'chairwoman',
  'businesswoman', 'congresswoman', 'councilwoman', 'policewoman', 'actress', 'queen', 'princess',
  'duchess', 'countess', 'empress', 'lady', 'madam', 'mrs', 'ms', 'miss', 'fiancee', 'stepmother',
  'grandma', 'housewife', 'nun', 'sportswoman', 'anchorwoman', 'assemblywoman', 'alderwoman',
];
export const MALE_WORDS: readonly string[] = [
  'he', 'him', 'his', 'himself', 'man', 'boy', 'father', 'dad', 'son', 'brother', 'husband',
  'widower', 'grandfather', 'uncle', 'nephew', 'boyfriend', 'spokesman', 'chairman', 'businessman',
  'congressman', 'councilman', 'policeman', 'actor', 'king', 'prince', 'duke', 'count', 'emperor',
  'lord', 'sir', 'mr', 'fiance', 'stepfather', 'grandpa', 'monk', 'sportsman', 'anchorman',
  'assemblyman', 'alderman', 'fireman',
];

/** Kinship and relationship words: they introduce people ("her mother, Fiona") but are not titles. */
export const KINSHIP_WORDS: readonly string[] = [
  'mother', 'mum', 'mom', 'father', 'dad', 'son', 'daughter', 'sister', 'brother', 'wife',
  'husband', 'widow', 'widower', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew',
  'cousin', 'girlfriend', 'boyfriend', 'partner', 'fiance', 'fiancee', 'stepmother', 'stepfather',
  'grandson', 'granddaughter', 'child', 'children', 'parent', 'parents', 'friend', 'neighbour',
  'neighbor', 'co-worker', 'coworker', 'colleague', 'classmate', 'relative', 'sibling', 'twin',
  'grandma', 'grandpa', 'family', 'roommate', 'mate',
];
