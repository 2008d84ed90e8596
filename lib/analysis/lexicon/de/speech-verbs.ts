// German verbs of saying. Weak verbs are conjugated here (third person present and past, participle,
// Konjunktiv I of reported speech); strong and mixed verbs list their forms.
import { formsOf } from '../compile';

/** Past participles without "ge-": inseparable prefixes and verbs in -ieren ("erklärt", "kritisiert"). */
const NO_GE = /^(be|er|ver|zer|ent|emp|miss|ge)|ieren$/;

/** Third-person forms of a weak German verb ("sagen" -> sagt, sagte, sagten, gesagt, sage). */
function conjugate(lemma: string): string[] {
  const stem = lemma.replace(/e?n$/, '');
  // "antworten" -> antwortet: a stem in -t or -d takes an -e- before the ending
  const e = /[td]$/.test(stem) ? 'e' : '';
  const participle = NO_GE.test(lemma) ? `${stem}${e}t` : `ge${stem}${e}t`;
  return [lemma, `${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, participle, `${stem}e`];
}

export const SPEECH_LEMMAS: readonly string[] = [
  'sagen', 'erklären', 'betonen', 'berichten', 'meinen', 'ergänzen', 'warnen', 'fordern', 'kritisieren', 'antworten',
  'versichern', 'bestätigen', 'behaupten', 'argumentieren', 'glauben', 'vermuten', 'erzählen', 'äußern', 'kommentieren',
  'beteuern', 'mahnen', 'verkünden', 'beklagen', 'erläutern', 'klagen', 'twittern', 'fragen', 'zitieren', 'schildern',
  'folgern', 'urteilen', 'bilanzieren', 'resümieren', 'präzisieren', 'monieren', 'bemängeln', 'jubeln', 'loben',
  'unterstreichen', 'ankündigen', 'mitteilen', 'hinzufügen', 'einräumen', 'sprechen', 'schreiben', 'rufen',
  'verweisen', 'bekräftigen', 'wiederholen', 'dementieren', 'bestreiten', 'entgegnen', 'erwidern',
  'beschreiben', 'prophezeien', 'befürchten', 'hoffen', 'denken', 'drohen', 'appellieren',
  'berichten', 'informieren', 'reagieren', 'kontern', 'spotten', 'seufzen', 'schimpfen', 'ätzen',
];

const IRREGULAR: Record<string, readonly string[]> = {
  sprechen: ['spricht', 'sprach', 'sprachen', 'gesprochen', 'spreche'],
  schreiben: ['schreibt', 'schrieb', 'schrieben', 'geschrieben', 'schreibe'],
  rufen: ['ruft', 'rief', 'riefen', 'gerufen'],
  unterstreichen: ['unterstreicht', 'unterstrich', 'unterstrichen'],
  verweisen: ['verweist', 'verwies', 'verwiesen'],
  ankündigen: ['kündigt', 'kündigte', 'kündigten', 'angekündigt'],
  mitteilen: ['teilt', 'teilte', 'teilten', 'mitgeteilt'],
  hinzufügen: ['fügt', 'fügte', 'fügten', 'hinzugefügt'],
  einräumen: ['räumt', 'räumte', 'räumten', 'eingeräumt'],
  bestreiten: ['bestreitet', 'bestritt', 'bestritten'],
  beschreiben: ['beschreibt', 'beschrieb', 'beschrieben'],
  denken: ['denkt', 'dachte', 'dachten', 'gedacht'],
  erwidern: ['erwidert', 'erwiderte', 'erwiderten'],
  äußern: ['äußert', 'äußerte', 'äußerten', 'geäußert'],
  schildern: ['schildert', 'schilderte', 'schilderten', 'geschildert'],
  folgern: ['folgert', 'folgerte'],
};

/** "schreiben Berlin und Paris": the infinitive of a strong verb is also its plural, as for the weak ones. */
const WITH_PLURAL = Object.fromEntries(Object.entries(IRREGULAR).map(([lemma, forms]) => [lemma, [lemma, ...forms]]));

export const SPEECH_FORMS = formsOf(SPEECH_LEMMAS, conjugate, WITH_PLURAL);

/** Belief, judgement and separable verbs whose particle comes later: no cue for a quotation by themselves. */
export const WEAK_VERBS: readonly string[] = [
  'glauben', 'vermuten', 'hoffen', 'denken', 'befürchten', 'loben', 'kritisieren', 'zitieren',
  'fragen', 'drohen', 'appellieren', 'informieren', 'reagieren',
  'fordern', 'beschreiben',
];

export const CLAUSE_VERBS: readonly string[] = SPEECH_LEMMAS.filter((l) => !['loben', 'zitieren', 'äußern', 'appellieren', 'reagieren', 'informieren', 'sprechen', 'rufen'].includes(l));
