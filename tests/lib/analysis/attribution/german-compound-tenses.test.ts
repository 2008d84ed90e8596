import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '@/lib/analysis/attribution/quote-spans';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Testseite über die Grenze');

describe('German compound tenses: the subject stands next to the auxiliary, the participle of saying last', () => {
  it.each([
    ['the subject opens the clause before the auxiliary, the person told after it', 'Das geht ja wieder los',
      ['Er spüre, dass sich die Beziehungen verschlechtert hätten. Einige Landsleute hätten ihm sogar gesagt: „Das geht ja wieder los wie früher.“'],
      'Landsleute'],
    ['after an adverbial clause the subject follows the auxiliary', 'wohlauf',
      ['Nach Berichten, wonach Kim Jong Un erkrankt sein soll, hatte der Sicherheitsberater der südkoreanischen Regierung am Sonntag gesagt, Kim lebe und sei „wohlauf“.'],
      'Sicherheitsberater der südkoreanischen Regierung'],
    ['a name opening the clause, an addressee with "gegenüber" after the auxiliary', 'anonym bleiben',
      ['Der Verein bestreitet das. David Bendels hatte der Zeitung gegenüber in einem Interview gesagt, dass „die Geldspender anonym bleiben wollten.“'],
      'David Bendels'],
  ])('%s', (_, fragment, paragraphs, speaker) => {
    expect(speakerIn('de', fragment, ...paragraphs)).toBe(speaker);
  });
});

describe('German noun phrases end at the first lower-case word after their noun', () => {
  it('a spaced hyphen parts a heading, and "laut X am Leben" names X', () => {
    expect(speakerIn('de', 'alles Gute',
      'US-Präsident Donald Trump sprach mit Reportern über Kim Jong Un.',
      'Kim Jong Un laut Trump am Leben - US-Präsident: „Ich wünsche ihm alles Gute“',
    )).toBe('Donald Trump');
  });
});

describe('German „ quotations nest with the same mark', () => {
  const inner = (text: string) => findQuoteSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

  it.each([
    ['„Die Partei hat uns mitgeteilt, dass es sich um eine „Parallelaktion“ handele“, schreibt ein Sprecher.',
      ['Die Partei hat uns mitgeteilt, dass es sich um eine „Parallelaktion“ handele']],
    // a second „ that cannot be closed twice inside the paragraph opens nothing, as before
    ['„Wir kommen „bald“, sagte er.', ['Wir kommen „bald']],
    ['„Erst“ und „dann“ sagte er.', ['Erst', 'dann']],
  ])('%j', (text, expected) => {
    expect(inner(text)).toEqual(expected);
  });
});

describe('German speakers: joined seats, plural verbs, nouns that look like verbs', () => {
  it.each([
    ['two seats of government joined by "und" speak as one', 'Beide Regierungen',
      ['„Beide Regierungen beabsichtigen, die Beseitigung von Hindernissen zu erleichtern“, schreiben Berlin und Paris im Vertrag.'],
      'Berlin und Paris'],
    ['the plural of a strong verb of saying', 'Wir bleiben',
      ['„Wir bleiben bei unserer Linie“, sprechen Anna Roth und ihr Team vor dem Werk.'],
      'Anna Roth'],
    ['"das Schreiben" is a letter, not a verb of saying: the reporter before it speaks', 'Der Schriftwechsel',
      ['Auf Nachfrage sagt Stefan Keuter, er könne sich an ein Schreiben von Andreas Keith nicht erinnern. „Der Schriftwechsel erscheint mir nicht authentisch.“'],
      'Stefan Keuter'],
  ])('%s', (_, fragment, paragraphs, speaker) => {
    expect(speakerIn('de', fragment, ...paragraphs)).toBe(speaker);
  });

  it('a title coordinated with another before the name reaches the name', () => {
    expect(speakerIn('de', 'neuen Stufe',
      'Das sei eine „neuen Stufe der Unterdrückung“, sagte die nicaraguanische Frauenrechtlerin und Pädagogin María Teresa Blandón.')).toContain('María Teresa Blandón');
  });

});
