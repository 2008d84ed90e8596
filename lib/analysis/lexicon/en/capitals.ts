/**
 * Places and buildings that stand for a government when they speak ("Beijing said", "the Kremlin
 * warned"). Value: what they stand for, used only for typing (they are organisation speakers).
 */
export const GOVERNMENT_METONYMS: readonly string[] = [
  'Beijing', 'Moscow', 'Washington', 'London', 'Paris', 'Berlin', 'Tokyo', 'Seoul', 'Pyongyang',
  'Tehran', 'Kyiv', 'Kiev', 'Ankara', 'Brussels', 'Delhi', 'New Delhi', 'Islamabad', 'Kabul',
  'Baghdad', 'Damascus', 'Riyadh', 'Cairo', 'Jerusalem', 'Ottawa', 'Canberra', 'Caracas', 'Havana',
  'Taipei', 'Hanoi', 'Manila', 'Jakarta', 'Bangkok', 'Rome', 'Madrid', 'Warsaw', 'Budapest',
  'Minsk', 'Tbilisi', 'Brasilia', 'Mexico City', 'Bogota', 'Lima', 'Santiago', 'Buenos Aires',
  'Pretoria', 'Nairobi', 'Abuja', 'Addis Ababa', 'Kremlin', 'White House', 'Pentagon',
  'Downing Street', 'Elysee', 'Élysée', 'Zhongnanhai', 'Whitehall', 'Capitol Hill', 'Foggy Bottom',
];

/** Country names and demonyms that modify a title ("Russian President", "Chinese government"). */
export const NATIONALITIES: readonly string[] = [
  'american', 'british', 'chinese', 'russian', 'french', 'german', 'italian', 'spanish', 'japanese',
  'korean', 'indian', 'pakistani', 'iranian', 'iraqi', 'syrian', 'israeli', 'palestinian',
  'turkish', 'egyptian', 'saudi', 'ukrainian', 'polish', 'canadian', 'mexican', 'brazilian',
  'venezuelan', 'cuban', 'colombian', 'argentine', 'australian', 'new zealand', 'irish', 'scottish',
  'welsh', 'english', 'dutch', 'belgian', 'swiss', 'austrian', 'swedish', 'norwegian', 'danish',
  'finnish', 'greek', 'hungarian', 'czech', 'romanian', 'serbian', 'afghan', 'nigerian', 'kenyan',
  'south african', 'ethiopian', 'taiwanese', 'vietnamese', 'thai', 'filipino', 'indonesian',
  'malaysian', 'north korean', 'south korean', 'european', 'african', 'asian', 'arab', 'u.s.', 'us',
  'uk', 'eu', 'un', 'federal', 'state', 'maori', 'māori', 'democratic', 'republican',
  // faiths and peoples across nations, named the same way ("Latino voters", "Islamic State"; not
  // "Christian", a given name too)
  'islamic', 'muslim', 'jewish', 'catholic', 'evangelical', 'latino', 'latina', 'hispanic',
  'sunni', 'shiite', 'kurdish',
];

/** Countries that can speak as governments ("China said", "Russia warned"). */
export const COUNTRIES: readonly string[] = [
  'China', 'Russia', 'United States', 'Britain', 'France', 'Germany', 'Italy', 'Spain', 'Japan',
  'India', 'Pakistan', 'Iran', 'Iraq', 'Syria', 'Israel', 'Turkey', 'Egypt', 'Saudi Arabia',
  'Ukraine', 'Poland', 'Canada', 'Mexico', 'Brazil', 'Venezuela', 'Cuba', 'Colombia', 'Australia',
  'North Korea', 'South Korea', 'Taiwan', 'Vietnam', 'Belarus', 'Georgia', 'Qatar', 'Jordan',
  'Lebanon', 'Afghanistan', 'Nigeria', 'Kenya', 'Ethiopia', 'Argentina', 'Chile', 'Peru',
];

/**
 * States of the US, countries and regions that never name a person: a title or a pronoun near one does
 * not make it a person ("the convention in Nevada, throwing chairs and threatening the state
 * chairwoman", then "she said"). Places that are also given names are left out: Georgia, Virginia,
 * Washington, Carolina, Chad, and of the governments' COUNTRIES Jordan, Israel and Chile.
 */
export const PLACES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico',
  'Yemen', 'Libya', 'Somalia', 'Sudan', 'Tunisia', 'Algeria', 'Morocco', 'Greece', 'Sweden', 'Norway',
  'Denmark', 'Finland', 'Netherlands', 'Belgium', 'Austria', 'Switzerland', 'Portugal', 'Ireland', 'Hungary',
  'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Bosnia', 'Kosovo', 'Albania', 'Armenia', 'Azerbaijan',
  'Kazakhstan', 'Uzbekistan', 'Mongolia', 'Thailand', 'Cambodia', 'Myanmar', 'Burma', 'Malaysia', 'Indonesia',
  'Philippines', 'Singapore', 'Bangladesh', 'Nepal', 'Sri Lanka', 'Kuwait', 'Bahrain', 'Oman', 'Haiti',
  'Honduras', 'Guatemala', 'Nicaragua', 'Panama', 'Ecuador', 'Bolivia', 'Paraguay', 'Uruguay', 'Rwanda',
  'Uganda', 'Tanzania', 'Zimbabwe', 'Zambia', 'Angola', 'Mozambique', 'Ghana', 'Senegal', 'Liberia', 'Congo',
  'Benghazi', 'Gaza', 'Crimea', 'Europe', 'Asia', 'Africa', 'Latin America', 'Middle East',
  ...COUNTRIES.filter((c) => !['Georgia', 'Jordan', 'Israel', 'Chile'].includes(c)),
];
