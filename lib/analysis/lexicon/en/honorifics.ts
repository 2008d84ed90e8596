/** Honorifics before a name, with the gender they tell (null: unknown). Keys are lower case, no dot. */
export const HONORIFICS: Readonly<Record<string, 'male' | 'female' | null>> = {
  mr: 'male', mister: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female',
  madam: 'female', madame: 'female', dame: 'female', lady: 'female', mx: null, dr: null, prof: null,
  rev: null, fr: 'male', sr: null, hon: null,
};
