import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Seite zum Testen');

describe('a quotation after a colon belongs to the clause before it', () => {
  it.each([
    ['de', 'a short quotation is no scare quote when a known person introduces it', 'Grenzschutz ist',
      ['„Wir kontrollieren jeden“, sagte der saarländische Innenminister Klaus Bouillon.', 'Bouillon begründet das so: „Grenzschutz ist Menschenschutz.“'], 'Klaus Bouillon'],
    ['de', 'the colon outranks the speaker of an earlier quotation in the paragraph', 'Wir haben die Brücke',
      ['Der Bürgermeister Joël Niederlaender ist besorgt, sagte er.', 'Einige Landsleute hätten ihm gesagt: „Das geht wieder los.“ Doch Niederlaender will das Positive sehen: „Wir haben die Brücke gemeinsam wieder geöffnet.“'], 'Joël Niederlaender'],
    ['fr', 'a pronoun for the person named in this paragraph', 'Rien ne bouge',
      ['« La réforme est mauvaise », a déclaré la ministre Claire Dubois.', 'Claire Dubois est arrivée tard. Elle résume : « Rien ne bouge dans ce dossier depuis des mois. »'], 'Claire Dubois'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it('a short quotation after a colon with nobody known before it stays a term (dropped)', () => {
    expect(speakerIn('de', 'Parallelaktion', 'Die Partei nennt das so: „Parallelaktion“. Mehr sagte sie nicht.')).toBeUndefined();
  });
});

describe('impersonal cues name their source after a preposition', () => {
  it.each([
    ['fr', 'peut-on lire dans', 'une douzaine de responsables', '« Au total, une douzaine de responsables du parti ont été mis en examen », peut-on lire dans Les Échos.', 'Échos'],
    ['fr', 'lit-on sur', 'préparait une stratégie', 'Il « préparait une stratégie pour siphonner les élus », lit-on sur Mediapart.', 'Mediapart'],
    ['de', 'hieß es in', 'Grundlose Berichte', '„Grundlose Berichte über Nordkorea haben Verwirrung gestiftet“, hieß es in einer Erklärung der Bundesregierung.', 'Bundesregierung'],
  ])('%s: %s', (lang, _, fragment, paragraph, speaker) => {
    expect(speakerIn(lang, fragment, paragraph)).toBe(speaker);
  });

  it('without a source the quotation has a cue and no speaker', () => {
    expect(speakerIn('fr', 'visé par une enquête', 'Le député est « visé par une enquête préliminaire pour concussion », peut-on lire.')).toBeNull();
  });
});
