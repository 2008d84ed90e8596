import { describe, expect, it } from 'vitest';
import { withAnalysisMemo } from '@/lib/analysis/text/analysis-memo';
import { baseLanguage, detectLanguage, functionWordCounts } from '@/lib/analysis/text/language';

const FR = 'Le ministre a déclaré que la réforme des retraites sera présentée au conseil des ministres, mais les syndicats ne sont pas convaincus et ils appellent à une grève dans les transports pour la semaine prochaine.';
const DE = 'Der Minister sagte, dass die Reform im Kabinett vorgestellt wird, aber die Gewerkschaften sind nicht überzeugt und rufen für die nächste Woche zu einem Streik auf, der auch den Verkehr treffen wird.';
const ES = 'El ministro dijo que la reforma de las pensiones se presentará en el consejo de ministros, pero los sindicatos no están convencidos y convocan una huelga para la próxima semana en los transportes.';
const EN = 'The minister said that the pension reform will be presented to the cabinet, but the unions are not convinced and they are calling for a strike in the transport sector next week, which will hit commuters.';

describe('detectLanguage: the declared tag, checked against the text', () => {
  it.each([
    ['fr-FR', FR, 'fr'],
    ['de', DE, 'de'],
    ['es-UY', ES, 'es'],
    ['en-GB', EN, 'en'],
    // nothing declared: the text decides
    [null, FR, 'fr'],
    [null, DE, 'de'],
    ['', ES, 'es'],
    // a page that declares English and is French
    ['en', FR, 'fr'],
    // too little text to overrule the page or to decide
    ['de', 'Kurz.', 'de'],
    [null, 'Hello', 'en'],
    // a declared language without word lists is kept (its rules fall back to English)
    ['pt-BR', ES, 'pt'],
  ])('%s', (declared, text, expected) => {
    expect(detectLanguage(declared, text)).toBe(expected);
  });

  it('reads the base of a tag', () => {
    expect(baseLanguage('es_AR')).toBe('es');
    expect(baseLanguage(' DE-at ')).toBe('de');
    expect(baseLanguage('')).toBeNull();
    expect(baseLanguage(null)).toBeNull();
  });
});

describe('functionWordCounts: whole runs of letters, whatever the script', () => {
  it.each([
    ['The cat and THE dog', { en: 3, fr: 0, de: 0, es: 0 }],
    // a letter beyond ASCII belongs to the word: "für" counts, "theé" and "lé" do not
    ['für die Stadt, theé lé', { en: 0, fr: 0, de: 2, es: 0 }],
    // apostrophes, digits, emoji and a letter outside the BMP all end or extend words as \p{L} says
    ["l'été et les 3les 😀le 𝐀les", { en: 0, fr: 4, de: 0, es: 0 }],
    // a word in two languages' lists counts for both
    ['es es', { en: 0, fr: 0, de: 2, es: 2 }],
    ['', { en: 0, fr: 0, de: 0, es: 0 }],
  ])('%s', (text, expected) => {
    expect(functionWordCounts(text)).toEqual(expected);
  });
});

describe('functionWordCounts within one analysis', () => {
  it('counts an opening once and shares the answer, and counts afresh outside an analysis', () => {
    const [first, again, other] = withAnalysisMemo(() => [functionWordCounts(FR), functionWordCounts(FR), functionWordCounts(DE)]);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(functionWordCounts(FR)).not.toBe(first);
    expect(functionWordCounts(FR)).toEqual(first);
  });
});
