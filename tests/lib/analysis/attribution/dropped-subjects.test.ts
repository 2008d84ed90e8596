import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** Quotes with speaker names, and the officials, for paragraphs of a page declared in `lang`. */
function attributeIn(lang: string, ...paragraphs: string[]) {
  const article = { ...articleFromPlainText(['Noticia del día', ...paragraphs].join('\n\n')), lang };
  const result = findAttributions(article);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return {
    quotes: result.quotes.map((q) => ({ text: q.text, speaker: q.speakerId ? (byId.get(q.speakerId)?.name ?? null) : null })),
    officials: result.entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]),
  };
}
const speakerOf = (r: ReturnType<typeof attributeIn>, fragment: string) => r.quotes.find((q) => q.text.includes(fragment))?.speaker ?? null;

// Spanish leaves out subject pronouns: a verb of saying with no subject speaks for the person last named.
describe('Spanish: a verb without its subject speaks for the person last named', () => {
  it.each([
    ['before a colon', ['El presidente de la comisión, Juan Pérez, habló con la diaria. Al respecto, señaló: “Tenemos el apoyo de todos los vecinos de la zona”.'], 'Tenemos el apoyo', 'Juan Pérez'],
    ['before "que" after an adverbial', ['La alcaldesa Marta Díaz llegó temprano a la reunión.', 'Sin embargo, señaló que “la comisión no ha decidido nada todavía”.'], 'la comisión no ha decidido', 'Marta Díaz'],
    ['after the quote, with a second verb ("contó y sumó")', ['La alcaldesa Marta Díaz recorrió el área protegida.', '“Al otro día fuimos de nuevo y ya no había nada”, contó y sumó que la policía llegó tarde.'], 'Al otro día fuimos', 'Marta Díaz'],
    ['after "según" ("Según entiende, …")', ['La alcaldesa Marta Díaz vive en la zona.', 'Según entiende, “no hay perspectiva de un plan de manejo en el corto plazo”.'], 'no hay perspectiva', 'Marta Díaz'],
  ])('%s', (_, paragraphs, fragment, speaker) => {
    expect(speakerOf(attributeIn('es', ...paragraphs), fragment)).toBe(speaker);
  });

  it('"según" with a verb names the subject after it, not the verb ("según informó la DGSA")', () => {
    const r = attributeIn('es', 'Según informó la DGSA a la diaria, se constató “la aplicación donde el productor no respetó la distancia”.');
    expect(speakerOf(r, 'la aplicación donde')).toBe('DGSA');
  });

  it('an adverb between the verb and its subject is skipped ("dijo primero el secretario general")', () => {
    // a woman named before: "el secretario general" may not stand for her, so only a dropped subject could give her
    const r = attributeIn('es', 'Marta Díaz habló por la mañana.', '“El que fuerza la ruptura es otro”, dijo primero el secretario general de la agrupación.');
    expect(speakerOf(r, 'El que fuerza')).not.toBe('Marta Díaz');
  });

  it('a sentence opened by a function word or a clitic has no subject to name ("Si bien admitió", "También se le preguntó")', () => {
    const r = attributeIn('es', 'Marta Díaz habló con la prensa.', 'Si bien admitió que aún no tienen un número exacto, afirmó que el área tiene que ser “más concreta”.', 'También se le preguntó sobre los juicios y dijo que “están en etapa de negociación con el ministerio”.');
    const speakers = r.quotes.map((q) => q.speaker);
    expect(speakers).not.toContain('Si bien');
    expect(speakers.some((s) => s?.startsWith('También'))).toBe(false);
  });

  it('a title opened by a preposition that holds its article ("al actual intendente de Cerro Largo, José Yurramendi")', () => {
    const r = attributeIn('es', 'La diaria consultó al actual intendente de Cerro Largo, José Yurramendi, para saber su opinión.');
    expect(r.officials).toContainEqual(['José Yurramendi', 'actual intendente de Cerro Largo']);
  });

  it('"la integrante de Coendu" does not make the organisation a person', () => {
    const r = attributeIn('es', 'Es larga la lista de problemas, encabezada por “el rumor de que se quiere achicar el área”, según contó la integrante de Coendu.');
    expect(speakerOf(r, 'el rumor de que')).not.toBe('Coendu');
  });
});

describe('offices and organisations named by their role', () => {
  it('a capitalised office held by nobody named with it is the office of the person named most ("el Presidente")', () => {
    const r = attributeIn(
      'es',
      'Alberto Fernández respondió a las críticas. Alberto Fernández viajó a La Pampa con el gabinete.',
      'Marta Díaz criticó al Gobierno. Según Alberto Fernández, la reunión fue buena.',
      '“No soy el dueño del Gobierno”, contestó el Presidente.',
    );
    expect(speakerOf(r, 'No soy el dueño')).toBe('Alberto Fernández');
    expect(r.officials).toContainEqual(['Alberto Fernández', 'Presidente']);
  });

  it('a lower-case office held by nobody stays unnamed (no guess at "la vicepresidenta")', () => {
    const r = attributeIn(
      'es',
      'Alberto Fernández respondió a las críticas. Alberto Fernández viajó a La Pampa. Alberto Fernández habló.',
      '“Se podía gobernar de otra manera”, apuntó la vicepresidenta.',
    );
    expect(speakerOf(r, 'Se podía gobernar')).not.toBe('Alberto Fernández');
  });

  it('"el organismo" is the organisation named before it', () => {
    const r = attributeIn('es', 'Ahora la Organización Meteorológica Mundial debe confirmar el dato.', '“Es prematuro decir que la Antártida ha superado los 20 grados”, resalta el organismo.');
    expect(speakerOf(r, 'Es prematuro decir')).toBe('Organización Meteorológica Mundial');
  });

  it('"según ha explicado a este diario un portavoz": the subject after the person told', () => {
    const r = attributeIn('es', 'Marta Díaz habló ayer.', 'Este proceso llevará “muchos meses de trabajo”, según ha explicado a este diario un portavoz de la organización.');
    expect(speakerOf(r, 'muchos meses')).toBe('portavoz');
  });
});

describe('English keeps its subjects', () => {
  it('a verb with no subject before a colon names nobody', () => {
    const r = attributeIn('en', 'John Smith arrived late.', 'In response, said: “We have the support of every neighbour in the area.”');
    expect(speakerOf(r, 'We have the support')).toBeNull();
  });
});
