/**
 * Third-person Konjunktiv I forms, the mood of German reported speech ("Die ATU sei die »wichtigste
 * Organisation«", "Hinweise erhalte die Polizei „…“"). Only forms that differ from the indicative
 * ("er sei" / "er ist", "sie habe" / "sie hat"); the plural of most verbs is the indicative and says
 * nothing, "seien" is the exception.
 */
export const KONJUNKTIV_I: readonly string[] = [
  'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'dürfe', 'solle', 'wolle', 'möge', 'wisse',
  'gebe', 'gehe', 'komme', 'stehe', 'liege', 'bleibe', 'zeige', 'erhalte', 'fehle', 'gelte', 'brauche',
  'lasse', 'mache', 'nehme', 'sehe', 'finde', 'handle', 'handele', 'bestehe', 'drohe', 'diene', 'arbeite',
  'plane', 'verfüge', 'halte', 'trage', 'führe', 'spiele', 'heiße', 'lebe', 'betrage', 'entstehe',
  'verstehe', 'bedeute', 'hänge', 'reiche', 'helfe', 'treffe', 'suche', 'biete', 'verliere', 'gewinne',
];
