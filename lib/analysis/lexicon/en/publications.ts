// English-language newspapers, magazines, agencies and broadcasters that pages quote as sources
// ("Politico reported", "according to Bloomberg"), written without their article ("The Guardian" ->
// "Guardian"). Their names are organisations', never people's, so "he" or "she" never finds them.
// Left out on purpose: names that are also common words or places when capitalised alone ("The Hill",
// "The Atlantic", "The Times", "The Sun", "Fox").
export const PUBLICATIONS: readonly string[] = [
  'Associated Press', 'Reuters', 'Bloomberg', 'Bloomberg News', 'Politico', 'Axios', 'Breitbart', 'Breitbart News',
  'BuzzFeed', 'BuzzFeed News', 'Vox', 'Variety', 'Deadline', 'Newsweek', 'Forbes', 'Slate', 'Salon', 'HuffPost',
  'Huffington Post', 'Daily Beast', 'Mediaite', 'ProPublica', 'Guardian', 'New York Times', 'Washington Post',
  'Wall Street Journal', 'USA Today', 'Los Angeles Times', 'Chicago Tribune', 'Boston Globe', 'Financial Times',
  'Economist', 'New Yorker', 'Daily Mail', 'Daily Caller', 'Daily Telegraph', 'Telegraph', 'National Review',
  'Washington Examiner', 'Washington Times', 'Western Journal', 'Western Journalism', 'Mother Jones', 'TMZ',
  'Yahoo News', 'Business Insider', 'Talking Points Memo', 'Drudge Report', 'Raw Story', 'Fox News', 'Fox Business',
  'CNN', 'MSNBC', 'CNBC', 'NBC News', 'ABC News', 'CBS News', 'NPR', 'PBS', 'BBC', 'BBC News', 'Sky News',
  'Al Jazeera', 'Agence France-Presse', 'AFP',
];
