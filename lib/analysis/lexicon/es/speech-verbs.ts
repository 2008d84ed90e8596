// Spanish verbs of saying. Regular verbs are conjugated here (third person: present, preterite,
// imperfect, participle, gerund); irregular ones list their forms.
import { formsOf } from '../compile';

/** Third-person forms of a regular Spanish verb ("afirmar" -> afirma, afirman, afirmó, afirmaron, …). */
function conjugate(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  if (lemma.endsWith('ar')) {
    // "explicar" -> explicó; "agregar" -> agregó (spelling changes only touch the first person)
    return [stem + 'a', stem + 'an', stem + 'ó', stem + 'aron', stem + 'aba', stem + 'aban', stem + 'ado', stem + 'ada', stem + 'ando'];
  }
  return [stem + 'e', stem + 'en', stem + 'ió', stem + 'ieron', stem + 'ía', stem + 'ían', stem + 'ido', stem + 'iendo'];
}

export const SPEECH_LEMMAS: readonly string[] = [
  'decir', 'afirmar', 'señalar', 'asegurar', 'explicar', 'añadir', 'agregar', 'sostener', 'indicar', 'advertir', 'alertar',
  'manifestar', 'expresar', 'declarar', 'comentar', 'contar', 'relatar', 'subrayar', 'destacar', 'recordar', 'insistir',
  'reconocer', 'admitir', 'preguntar', 'responder', 'contestar', 'apuntar', 'precisar', 'aclarar', 'plantear', 'opinar',
  'considerar', 'estimar', 'criticar', 'denunciar', 'reclamar', 'sentenciar', 'concluir', 'puntualizar', 'enfatizar',
  'remarcar', 'reiterar', 'escribir', 'tuitear', 'lamentar', 'confesar', 'anunciar', 'aseverar', 'definir', 'calificar',
  'resumir', 'detallar', 'argumentar', 'agregar', 'exclamar', 'cuestionar', 'celebrar', 'valorar', 'pedir', 'exigir',
  'prometer', 'garantizar', 'confirmar', 'negar', 'desmentir', 'informar', 'revelar', 'admitir', 'ironizar', 'completar',
  'continuar', 'proseguir', 'narrar', 'graficar', 'describir', 'creer', 'pensar', 'esperar', 'temer', 'sugerir', 'analizar',
  'sumar', 'rematar', 'entender', 'resaltar',
];

const IRREGULAR: Record<string, readonly string[]> = {
  decir: ['dice', 'dicen', 'dijo', 'dijeron', 'decía', 'decían', 'dicho', 'dicha', 'diciendo'],
  sostener: ['sostiene', 'sostienen', 'sostuvo', 'sostuvieron', 'sostenía', 'sostenido', 'sosteniendo'],
  advertir: ['advierte', 'advierten', 'advirtió', 'advirtieron', 'advertía', 'advertido', 'advirtiendo'],
  manifestar: ['manifiesta', 'manifiestan', 'manifestó', 'manifestaron', 'manifestaba', 'manifestado'],
  contar: ['contó', 'contaron', 'contaba', 'contado'],
  recordar: ['recuerda', 'recuerdan', 'recordó', 'recordaron', 'recordaba', 'recordado', 'recordando'],
  reconocer: ['reconoce', 'reconocen', 'reconoció', 'reconocieron', 'reconocía', 'reconocido'],
  concluir: ['concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluía', 'concluido'],
  confesar: ['confiesa', 'confiesan', 'confesó', 'confesaron', 'confesado'],
  pedir: ['pide', 'piden', 'pidió', 'pidieron', 'pedía', 'pedido'],
  negar: ['niega', 'niegan', 'negó', 'negaron', 'negaba'],
  desmentir: ['desmiente', 'desmienten', 'desmintió', 'desmintieron'],
  escribir: ['escribe', 'escriben', 'escribió', 'escribieron', 'escribía', 'escrito'],
  proseguir: ['prosigue', 'prosiguen', 'prosiguió'],
  describir: ['describe', 'describen', 'describió', 'descrito'],
  creer: ['cree', 'creen', 'creyó', 'creía', 'creído'],
  pensar: ['piensa', 'piensan', 'pensó', 'pensaba'],
  sugerir: ['sugiere', 'sugieren', 'sugirió', 'sugería'],
  entender: ['entiende', 'entienden', 'entendió', 'entendía'],
  responder: ['responde', 'responden', 'respondió', 'respondieron', 'respondía', 'respondido'],
};

export const SPEECH_FORMS = formsOf(SPEECH_LEMMAS, conjugate, IRREGULAR);

/** Belief, judgement and request: they report a clause, but never attribute a quotation by themselves. */
export const WEAK_VERBS: readonly string[] = ['entender', 'creer', 'pensar', 'esperar', 'temer', 'considerar', 'estimar', 'calificar', 'definir', 'celebrar', 'valorar', 'criticar', 'denunciar', 'pedir', 'exigir', 'reclamar', 'cuestionar', 'analizar', 'informar', 'describir'];

/** Forms that are more often nouns ("la cuenta", "un dicho", "el pedido"). */
export const NOUN_LIKE: readonly string[] = ['contar', 'decir', 'pedir'];

export const CLAUSE_VERBS: readonly string[] = SPEECH_LEMMAS.filter((l) => !['celebrar', 'valorar', 'calificar', 'definir', 'cuestionar', 'analizar', 'completar', 'continuar', 'proseguir', 'narrar', 'graficar', 'describir', 'sumar', 'rematar'].includes(l));
