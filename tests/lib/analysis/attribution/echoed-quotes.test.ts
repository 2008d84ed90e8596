import { describe, expect, it } from 'vitest';
import { indirectFinder, speakerFinder } from './helpers';

describe('a quotation repeating words quoted with their speaker elsewhere quotes that speaker', () => {
  it.each([
    ['de', '„Wir haben bereits die Zusage“', 'Wir haben bereits die Zusage',
      ['Laut Unterlagen schrieb Wahlkampfleiter Andreas Keith am 30. März: „Wir haben bereits die Zusage, dass eine Zeitung kommt.“'],
      'Andreas Keith'],
    ['en', '“We will not back down”', 'We will not back down',
      ['“We will not back down, whatever the court decides,” Mayor Jane Porter said on Monday.'],
      'Jane Porter'],
  ])('%s: the headline %s', (lang, headline, fragment, paragraphs, speaker) => {
    expect(speakerFinder(headline)(lang, fragment, ...paragraphs)).toBe(speaker);
  });
});

describe('German mixed speech: the clause after a verb-second verb opens at its comma or "dass"', () => {
  const indirectIn = indirectFinder('Eine Testseite');
  it.each([
    ['a quoted outlet after the inverted subject is no clause', '»Das treibt die Leute in Richtung Kapitalismuskritik«, sagt ATU-Organisator Antonio Gutierrez gegenüber »nd«.', []],
    ['the clause after the participle\'s comma', 'Der Sicherheitsberater Chung Eui Yong hatte am Sonntag gesagt, Kim lebe und sei „wohlauf“.',
      [['Kim lebe und sei „wohlauf“', 'Chung Eui Yong']]],
  ])('%s', (_, paragraph, expected) => {
    expect(indirectIn('de', paragraph)).toEqual(expected);
  });
});
