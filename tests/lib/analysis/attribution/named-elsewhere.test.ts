import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Una página de prueba');

/** The people of paragraphs in `lang`, as "name — title" (title null when none). */
function peopleIn(lang: string, ...paragraphs: string[]): string[] {
  const article = { ...articleFromPlainText(['Una página de prueba', ...paragraphs].join('\n\n')), lang };
  return findAttributions(article).entities.filter((e) => e.type === 'person').map((e) => `${e.name} — ${e.title}`);
}

describe('a role description lends its title to the person it stands for', () => {
  it.each([
    ['es', 'the office written only in the cue',
      ['La señora Cristina Kirchner habló el martes ante la militancia.', '“Nos íbamos a legitimar gobernando”, apuntó la vicepresidenta en la charla.'],
      'Cristina Kirchner — vicepresidenta'],
    ['es', 'a short form first, the full office later: the fuller one is kept',
      ['La señora Cristina Kirchner habló el martes.', 'Y la vice dijo: “Se podía ser legítimo”.', '“Mi respuesta fue única y categórica”, apuntó la vicepresidenta.'],
      'Cristina Kirchner — vicepresidenta'],
  ])('%s: %s', (lang, _, paragraphs, person) => {
    expect(peopleIn(lang, ...paragraphs)).toContain(person);
  });

  it('a word that mostly stands for unnamed sources is no title of the person named before', () => {
    const people = peopleIn('es', 'El presidente ruso, Vladimir Putin, habló el lunes.', '“Seguimos monitoreando la situación”, manifestó el funcionario a la agencia.');
    expect(people).not.toContain('Vladimir Putin — funcionario');
  });
});

describe('names of things named after people are no people', () => {
  it.each([
    ['es', 'a submarine', 'Una prueba desde el submarino nuclear Vladimir Monomakh en el mar de Okhotsk.', 'Vladimir Monomakh'],
    ['es', 'an island with a title in its name', 'Dos investigadores caminan por la bahía, en la isla Rey Jorge, al norte.', 'Jorge'],
    ['es', 'a base', 'Nuestros compañeros en la base Juan Carlos I reportaron temperaturas normales.', 'Juan Carlos'],
    ['fr', 'an aircraft carrier', 'Le porte-avions Charles de Gaulle a quitté Toulon mardi.', 'Charles de Gaulle'],
    ['fr', 'a school', 'Les élèves du lycée Eugène Delacroix ont manifesté jeudi.', 'Eugène Delacroix'],
  ])('%s: %s', (lang, _, paragraph, name) => {
    expect(peopleIn(lang, paragraph).some((p) => p.startsWith(name))).toBe(false);
  });

  it('a person named after a role noun is still a person', () => {
    expect(peopleIn('es', 'El escritor José Saramago dijo que “la literatura no salva a nadie”.').some((p) => p.startsWith('José Saramago'))).toBe(true);
  });
});

describe('a name written with and without its accents is one person', () => {
  it.each([
    ['es', 'El periodista Dmitry Muratov habló en Ginebra.', '“No descartaría la posibilidad”, alertó Murátov en la conferencia.', 'No descartaría', 'Dmitry Muratov'],
    ['fr', 'Le ministre Jérôme Cahuzac a démissionné.', '« Je n’ai jamais eu de compte », a déclaré Cahuzac devant les députés.', 'jamais eu', 'Jérôme Cahuzac'],
  ])('%s: %s', (lang, first, second, fragment, speaker) => {
    expect(speakerIn(lang, fragment, first, second)).toBe(speaker);
  });
});

describe('an unnamed source is described by what comes after its indefinite article', () => {
  it('a time before the article is not part of the description', () => {
    expect(speakerIn('es', 'no cree que exista', 'El viernes pasado un alto cargo de defensa norteamericano aclaró que Estados Unidos no cree que exista una amenaza.')).toBe('alto cargo de defensa norteamericano');
  });
});

describe('a quotation repeated without a cue is the words of whoever said them with one', () => {
  it.each([
    ['es', 'a lede that opens on words the body quotes with their speaker',
      ['"No soy el dueño del Gobierno, nadie es el dueño del Gobierno". Con esa frase, el mandatario respondió a las críticas de Andrés Larroque.',
        '"Yo no soy el dueño del Gobierno, nadie es dueño del Gobierno. El Gobierno es del pueblo y nosotros solo lo representamos", remarcó Alberto Fernández desde La Pampa.'],
      'No soy el dueño', 'Alberto Fernández'],
    ['es', 'a pull quote stitched from two quotations, set in another speaker’s paragraphs',
      ['“El cambio climático es un fenómeno que se mide en un largo periodo de tiempo”, explica Marcelo Leppe, director del instituto. “Cuando ves la variación de la temperatura interanual encuentras picos altos”, resalta.',
        '“Tenemos muchas dudas de que se valide ese récord”, opina Sergi González, meteorólogo.',
        '“El cambio climático es un fenómeno que se mide en un largo periodo de tiempo. Cuando ves la variación de la temperatura interanual encuentras picos”'],
      'interanual encuentras picos', 'Marcelo Leppe'],
  ])('%s: %s', (lang, _, paragraphs, fragment, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it('a phrase of a few words anyone may repeat keeps its own speaker', () => {
    expect(speakerIn('es', 'el fin de la humanidad', '“El fin de la humanidad está cerca”, dijo Dmitry Muratov.', 'Laura Pérez, por su parte, habló del “fin de la humanidad” en su discurso.')).not.toBe('Dmitry Muratov');
  });
});

describe('a minister named by the field of the ministry after the name', () => {
  it('fr: "X à la Justice, Y aux Affaires européennes"', () => {
    const people = peopleIn('fr', 'Trois membres du MoDem font partie du gouvernement, à des postes majeurs : François Bayrou à la Justice, Marielle de Sarnez aux Affaires européennes et Sylvie Goulard aux Armées.');
    expect(people).toEqual(expect.arrayContaining(['François Bayrou — ministre de la Justice', 'Marielle de Sarnez — ministre des Affaires européennes', 'Sylvie Goulard — ministre des Armées']));
  });

  it('fr: a place after "à" is no portfolio', () => {
    expect(peopleIn('fr', 'Le maire Jean Dupont à la Rochelle a inauguré le port.')).not.toContain('Jean Dupont — ministre de la Rochelle');
  });
});

describe('a book speaks for its author', () => {
  it.each([
    ['fr', ['Les éditions viennent de rééditer l’ouvrage de l’anthropologue Éric Chauvier intitulé La crise commence où finit le langage. D’abord publié en 2009, le livre dénonçait le caractère « intimidant » de certains mots.'], 'intimidant', 'Éric Chauvier'],
    ['es', ['La editorial reeditó el ensayo de la escritora Beatriz Sarlo sobre la ciudad. Publicado en 2009, el libro sostenía que la ciudad era “un lugar intimidante y vacío” para sus vecinos.'], 'intimidante', 'Beatriz Sarlo'],
  ])('%s', (lang, paragraphs, fragment, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });
});
