import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';
import { findQuoteSpans } from '@/lib/analysis/attribution/quote-spans';

/** Quotes with speaker names for paragraphs of a page declared in `lang`. */
function attributeIn(lang: string, ...paragraphs: string[]) {
  const article = { ...articleFromPlainText(['Titre', ...paragraphs].join('\n\n')), lang };
  const result = findAttributions(article);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return {
    quotes: result.quotes.map((q) => ({ text: q.text, speaker: q.speakerId ? (byId.get(q.speakerId)?.name ?? null) : null, cue: q.cue })),
    officials: result.entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]),
  };
}
const speakerOf = (r: ReturnType<typeof attributeIn>, fragment: string) => r.quotes.find((q) => q.text.includes(fragment))?.speaker;

describe('French: who said what', () => {
  it.each([
    ['« Nous ne céderons pas », a déclaré Élise Fournier, ministre du Travail.', 'Nous ne céderons pas', 'Élise Fournier'],
    ['« Le texte est prêt », explique Paul Ménard.', 'Le texte est prêt', 'Paul Ménard'],
    ['Devant la presse, Claire Dubois, députée, a déclaré : « Nous voterons contre ce texte. »', 'Nous voterons contre', 'Claire Dubois'],
    ['Selon Marc Lefort, « la réforme ne passera pas ».', 'la réforme ne passera pas', 'Marc Lefort'],
    // the elided article does not hide the capital of the name after it
    ['« Rien n’est décidé », a indiqué l’Élysée.', 'Rien n’est décidé', 'Élysée'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attributeIn('fr', sentence), fragment)).toBe(speaker);
  });

  it('splits a quotation around its incise and gives both parts the speaker ("…, affirme-t-elle. …")', () => {
    const r = attributeIn('fr', 'Marie Vasseur, professeur d’histoire, défend son cours.', '« Cette loi, c’est la fin du service public, affirme-t-elle. Je crois en une université ouverte à tous. »');
    expect(speakerOf(r, 'Cette loi')).toBe('Marie Vasseur');
    expect(speakerOf(r, 'Je crois en')).toBe('Marie Vasseur');
    expect(r.quotes.some((q) => q.text.includes('affirme-t-elle'))).toBe(false);
  });

  it('lists a title in apposition ("Claire Dubois, députée de la Somme")', () => {
    const r = attributeIn('fr', '« Le vote aura lieu mardi », a déclaré Claire Dubois, députée de la Somme.');
    expect(r.officials).toContainEqual(['Claire Dubois', 'députée de la Somme']);
  });
});

describe('German: who said what', () => {
  it.each([
    ['„Wir werden nicht nachgeben“, sagte Anna Berger.', 'Wir werden nicht nachgeben', 'Anna Berger'],
    ['„Das ist ein Fehler“, so Jonas Weber.', 'Das ist ein Fehler', 'Jonas Weber'],
    ['»Die Lage ist ernst«, sagt ATU-Organisator Karl Brandt.', 'Die Lage ist ernst', 'Karl Brandt'],
    ['Auf die Frage nach den Kosten sagte Petra Lang am Montag: „Das wissen wir noch nicht.“', 'Das wissen wir noch nicht', 'Petra Lang'],
    // a short quotation counts when a cue attributes it
    ['„Grenzschutz ist Menschenschutz“, sagte Innenminister Felix Roth.', 'Grenzschutz ist Menschenschutz', 'Felix Roth'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attributeIn('de', sentence), fragment)).toBe(speaker);
  });

  it('joins "der US-Präsident" to the person of that title', () => {
    const r = attributeIn('de', 'US-Präsident Tom Miller äußerte sich am Abend.', 'Der US-Präsident schrieb: „Ich bin zufrieden mit dem Ergebnis.“');
    expect(speakerOf(r, 'Ich bin zufrieden')).toBe('Tom Miller');
    expect(r.officials).toContainEqual(['Tom Miller', 'US-Präsident']);
  });
});

describe('Spanish: who said what', () => {
  it.each([
    ['“No soy el dueño del Gobierno”, dijo Mario Salas.', 'No soy el dueño del Gobierno', 'Mario Salas'],
    ['“Tenemos muchas dudas”, afirmó Laura Ríos, meteoróloga de la agencia.', 'Tenemos muchas dudas', 'Laura Ríos'],
    ['Según Pedro Gil, “la medida es excesiva”.', 'la medida es excesiva', 'Pedro Gil'],
    // the subject left out: the verb speaks for the person last named
    ['La alcaldesa Ana Torres llegó tarde a la reunión. “Hay que buscar un consenso”, agregó.', 'Hay que buscar un consenso', 'Ana Torres'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attributeIn('es', sentence), fragment)).toBe(speaker);
  });

  it.each([
    // the relative's antecedent speaks
    ['El diario consultó al intendente José Ruiz, quien manifestó que “es bueno tener áreas protegidas”.', 'es bueno tener', 'José Ruiz'],
    // a capitalised function word opening the sentence names nobody
    ['También el ministro Raúl Pena habló. Además, señaló que “la negociación sigue abierta”.', 'la negociación sigue', null],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attributeIn('es', sentence), fragment) ?? null).not.toBe('Además');
    if (speaker) expect(speakerOf(attributeIn('es', sentence), fragment)).toBe(speaker);
  });

  it('reads "el periodista ruso" as the person titled "periodista" (the head before its adjectives)', () => {
    const r = attributeIn('es', 'El periodista Iván Sokolov recibió el premio.', '“Nadie entiende nada”, dijo el periodista ruso.');
    expect(speakerOf(r, 'Nadie entiende nada')).toBe('Iván Sokolov');
  });

  it('reads "la vicepresidenta" as the person of that title', () => {
    const r = attributeIn('es', 'La vicepresidenta Carmen Vidal habló con la prensa.', '“Se podía gobernar de otra manera”, apuntó la vicepresidenta.');
    expect(speakerOf(r, 'Se podía gobernar')).toBe('Carmen Vidal');
  });
});

describe('guillemets point the way the page prints them', () => {
  const quotes = (text: string) => findQuoteSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));
  it.each([
    ['German »…« quotes the words between the marks', 'Er sagte: »Wir bleiben hier.« Dann ging er. Sie rief: »Auf Wiedersehen!«', ['Wir bleiben hier.', 'Auf Wiedersehen!']],
    ['French « … » with no-break spaces', 'Il a dit : «\u00a0Nous restons ici.\u00a0» Puis il est parti.', ['Nous restons ici.']],
    ['Swiss «…» without spaces', 'Er sagte: «Wir bleiben hier.» Dann ging er.', ['Wir bleiben hier.']],
    ['single ›…‹ inside German quotes', 'Er sagte: »Das nennen sie ›Reform‹ und glauben daran.«', ['Das nennen sie ›Reform‹ und glauben daran.']],
  ])('%s', (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
