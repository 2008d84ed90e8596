// Spanish-language newspapers, agencies and broadcasters, and the foreign ones Spanish-language pages
// cite most, written as pages name them but without their article ("El País" -> "País"). A page quotes
// them as sources ("según EFE", "informó Clarín"); their names are organisations', never people's. Left
// out on purpose: titles that are common nouns written alone ("Nación", "Mundo", "Tiempo", "Razón").
export const PUBLICATIONS: readonly string[] = [
  'País', 'Clarín', 'Infobae', 'Página/12', 'Página 12', 'Perfil', 'Vanguardia', 'eldiario.es', 'Confidencial',
  'Excélsior', 'Milenio', 'Espectador', 'Mercurio', 'Diaria', 'Europa Press', 'EFE', 'Agencia EFE', 'Télam',
  'Notimex', 'RTVE', 'TVE', 'Cadena SER', 'Onda Cero', 'Antena 3', 'Telecinco', 'Televisa', 'Univision', 'Telemundo',
  // agencies and outlets abroad
  'Reuters', 'AFP', 'Agence France-Presse', 'Associated Press', 'Bloomberg', 'ANSA', 'dpa', 'Xinhua', 'TASS',
  'Interfax', 'Sputnik', 'CNN', 'BBC', 'BBC Mundo', 'New York Times', 'Washington Post', 'Wall Street Journal',
  'Financial Times', 'Guardian', 'Le Monde', 'Politico', 'Axios',
];
