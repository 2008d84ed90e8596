// French verbs of saying. Regular verbs in -er and -ir are conjugated here (third person: present,
// passé simple, imperfect, future, participles); irregular ones list their forms.
import { formsOf } from '../compile';

/** Third-person forms of a regular French verb ("déclarer" -> déclare, déclarent, déclaré, déclara, …). */
function conjugate(lemma: string): string[] {
  if (lemma.endsWith('er')) {
    const stem = lemma.slice(0, -2);
    // "lancer" -> lança, "partager" -> partagea: the stem keeps its sound before a and o
    const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
    // the future: "que les élus qualifieront de « … »", "ajoutera-t-il"
    return [stem + 'e', stem + 'ent', stem + 'é', stem + 'ée', stem + 'és', stem + 'ées', soft + 'a', stem + 'èrent', soft + 'ait', soft + 'aient', soft + 'ant', lemma + 'a', lemma + 'ont'];
  }
  const stem = lemma.slice(0, -2);
  return [stem + 'it', stem + 'issent', stem + 'i', stem + 'ie', stem + 'issait', stem + 'issaient', stem + 'issant', lemma + 'a', lemma + 'ont'];
}

export const SPEECH_LEMMAS: readonly string[] = [
  'déclarer', 'affirmer', 'ajouter', 'estimer', 'assurer', 'expliquer', 'indiquer', 'préciser', 'souligner',
  'raconter', 'confier', 'glisser', 'lancer', 'insister', 'annoncer', 'confirmer', 'dénoncer', 'déplorer',
  'regretter', 'témoigner', 'résumer', 'marteler', 'plaider', 'observer', 'commenter', 'constater',
  'tweeter', 'avancer', 'détailler', 'demander', 'répliquer', 'rétorquer', 'alerter', 'lâcher', 'souffler',
  'murmurer', 'enchaîner', 'continuer', 'tonner', 'fustiger', 'critiquer', 'qualifier', 'ironiser', 'nuancer',
  'juger', 'penser', 'relever', 'noter', 'signaler', 'rapporter', 'réclamer', 'exiger', 'jurer', 'avouer',
  'nier', 'démentir', 's’exclamer', 'clamer', 'proclamer', 'argumenter', 'argüer', 'arguer', 'analyser',
  'poursuivre', 'conclure', 'interroger', 'questionner', 'prévenir', 'avertir', 'réagir', 'admettre',
  'reconnaître', 'répondre', 'dire', 'écrire', 'soutenir', 'reprendre', 'promettre', 'rappeler', 'répéter',
  'considérer', 'espérer', 'craindre', 'croire', 'décrire', 'défendre', 'prédire', 'protester', 'pester',
  's’indigner', 's’inquiéter', 's’interroger', 'revendiquer', 'certifier', 'garantir', 'prétendre',
  'justifier', 'accuser', 'saluer', 'féliciter', 'raisonner', 'développer', 'détailler', 'citer', 'révéler',
  'soupirer', 'sourire', 'plaisanter', 'renchérir', 'abonder', 'trancher', 'tempérer', 'rigoler', 'rassurer',
];

const IRREGULAR: Record<string, readonly string[]> = {
  dire: ['dit', 'disent', 'dite', 'dites', 'disait', 'disaient', 'disant', 'dirent', 'dira', 'diront'],
  écrire: ['écrit', 'écrivent', 'écrite', 'écrivait', 'écrivaient', 'écrivit', 'écrivant'],
  décrire: ['décrit', 'décrivent', 'décrivait', 'décrivant'],
  prédire: ['prédit', 'prédisent', 'prédisait'],
  répondre: ['répond', 'répondent', 'répondu', 'répondit', 'répondait', 'répondant'],
  soutenir: ['soutient', 'soutiennent', 'soutenu', 'soutint', 'soutenait', 'soutenant'],
  reprendre: ['reprend', 'reprennent', 'repris', 'reprit', 'reprenait'],
  admettre: ['admet', 'admettent', 'admis', 'admit', 'admettait'],
  promettre: ['promet', 'promettent', 'promis', 'promit', 'promettait'],
  reconnaître: ['reconnaît', 'reconnait', 'reconnaissent', 'reconnu', 'reconnue', 'reconnut', 'reconnaissait'],
  poursuivre: ['poursuit', 'poursuivent', 'poursuivi', 'poursuivit', 'poursuivait'],
  conclure: ['conclut', 'concluent', 'conclu', 'concluait'],
  prévenir: ['prévient', 'préviennent', 'prévenu', 'prévint', 'prévenait'],
  rappeler: ['rappelle', 'rappellent', 'rappelé', 'rappelée', 'rappela', 'rappelait'],
  répéter: ['répète', 'répètent', 'répété', 'répéta', 'répétait'],
  sourire: ['sourit', 'sourient', 'souri', 'souriait'],
  révéler: ['révèle', 'révèlent', 'révélé', 'révélée', 'révéla', 'révélait'],
  considérer: ['considère', 'considèrent', 'considéré', 'considéra', 'considérait'],
  espérer: ['espère', 'espèrent', 'espéré', 'espérait'],
  craindre: ['craint', 'craignent', 'craignait'],
  croire: ['croit', 'croient', 'cru', 'croyait'],
  défendre: ['défend', 'défendent', 'défendu', 'défendait'],
  démentir: ['dément', 'démentent', 'démenti', 'démentait'],
  réagir: ['réagit', 'réagissent', 'réagi', 'réagissait'],
  avertir: ['avertit', 'avertissent', 'averti', 'avertissait'],
  garantir: ['garantit', 'garantissent', 'garanti'],
  prétendre: ['prétend', 'prétendent', 'prétendu', 'prétendait'],
  's’exclamer': ['s’exclame', 's’exclament', 's’exclama', 'exclamé'],
  's’indigner': ['s’indigne', 's’indignent', 's’indigna', 'indigné', 'indignée'],
  's’inquiéter': ['s’inquiète', 's’inquiètent', 's’inquiéta', 'inquiété'],
  's’interroger': ['s’interroge', 's’interrogent', 's’interrogea'],
};

export const SPEECH_FORMS = formsOf(SPEECH_LEMMAS, conjugate, IRREGULAR);

/** Belief and judgement: they report a clause, but never attribute a quotation by themselves. */
export const WEAK_VERBS: readonly string[] = ['penser', 'croire', 'espérer', 'craindre', 'qualifier', 'juger', 'considérer', 'saluer', 'féliciter', 'accuser', 'critiquer', 'dénoncer', 'citer', 'défendre', 'demander', 'rapporter'];

// "continuer à utiliser", "enchaîner sur": they speak only as incises ("continue-t-il"), never before a clause
export const CLAUSE_VERBS: readonly string[] = SPEECH_LEMMAS.filter((l) => !['continuer', 'enchaîner', 'justifier', 'qualifier', 'saluer', 'féliciter', 'citer', 'défendre', 'interroger', 'questionner', 'critiquer', 'fustiger', 'accuser', 'glisser', 'lancer', 'lâcher', 'souffler'].includes(l));
