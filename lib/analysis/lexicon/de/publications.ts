// German-language newspapers, magazines, agencies and broadcasters, and the foreign ones German pages
// cite most, written as pages name them but without their article ("Der Spiegel" -> "Spiegel"). A page
// quotes them as sources ("berichtete der Spiegel", "Reuters: …"); their names are organisations', never
// people's. Left out on purpose: titles that are common nouns written alone ("Welt", "Zeit", "Bild",
// "Stern", "Presse", "Standard", "Blick"); their longer forms stay ("Zeit Online", "Bild am Sonntag").
export const PUBLICATIONS: readonly string[] = [
  'Spiegel', 'Spiegel Online', 'Zeit Online', 'Welt am Sonntag', 'Bild am Sonntag', 'Bild-Zeitung', 'FAZ',
  'Frankfurter Allgemeine', 'Frankfurter Allgemeine Zeitung', 'Frankfurter Rundschau', 'Süddeutsche Zeitung',
  'Süddeutsche', 'Handelsblatt', 'Tagesspiegel', 'taz', 'Wirtschaftswoche', 'Manager Magazin', 'Cicero', 'Correctiv',
  'Berliner Zeitung', 'Berliner Morgenpost', 'Hamburger Abendblatt', 'Rheinische Post', 'Kölner Stadt-Anzeiger',
  'Stuttgarter Zeitung', 'Münchner Merkur', 'Neue Osnabrücker Zeitung', 'Redaktionsnetzwerk Deutschland', 'RND',
  'Tagesschau', 'Tagesthemen', 'ARD', 'ZDF', 'Deutschlandfunk', 'Deutsche Welle', 'n-tv', 'ntv', 'RTL', 'MDR', 'NDR',
  'WDR', 'SWR', 'BR', 'RBB', 'HR', 'dpa', 'epd', 'KNA', 'APA', 'SDA', 'Keystone-SDA', 'NZZ', 'Neue Zürcher Zeitung',
  'Tages-Anzeiger', 'SRF', 'ORF', 'Kronen Zeitung', 'Kleine Zeitung',
  // agencies and outlets abroad
  'Reuters', 'AFP', 'Agence France-Presse', 'Associated Press', 'Bloomberg', 'ANSA', 'EFE', 'Xinhua', 'Tass',
  'Interfax', 'Kyodo', 'Yonhap', 'CNN', 'BBC', 'NBC', 'CBS', 'Fox News', 'Al Jazeera', 'New York Times',
  'Washington Post', 'Wall Street Journal', 'Financial Times', 'Guardian', 'Politico', 'Axios', 'Le Monde',
];
