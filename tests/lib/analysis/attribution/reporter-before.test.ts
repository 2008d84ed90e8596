import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Testseite');

describe('a quotation standing as its own sentence goes on from the report just before it', () => {
  it.each([
    ['de', '"laut X" in the sentence before, German closing mark “', 'Wenn das als Parteispende',
      ['So viel dürften laut Ulrich Müller, Experte für Parteienfinanzierung, Druck und Versand gekostet haben. „Wenn das als Parteispende gewertet wird, muss die Partei Strafe zahlen.“'],
      'Ulrich Müller'],
    ['de', 'a separable verb with its subject after it', 'keine ungewöhnlichen',
      ['Es gebe keine Anzeichen für Probleme, teilte das Präsidialamt am Dienstag mit. „Auch gibt es keine ungewöhnlichen Aktivitäten.“'],
      'Präsidialamt'],
  ])('%s: %s', (lang, _, fragment, paragraphs, speaker) => {
    expect(speakerIn(lang, fragment, ...paragraphs)).toBe(speaker);
  });

  it('a sentence that reports nobody gives no speaker', () => {
    expect(speakerIn('de', 'Wenn das als Parteispende', 'Die Kosten für Druck und Versand lagen bei 600.000 Euro. „Wenn das als Parteispende gewertet wird, muss die Partei Strafe zahlen.“')).toBeNull();
  });

  it('the next paragraph is not reached', () => {
    expect(speakerIn('de', 'Wenn das als Parteispende', 'So viel dürften laut Ulrich Müller Druck und Versand gekostet haben.', 'Es geht um viel Geld. Die Frist läuft bald ab. „Wenn das als Parteispende gewertet wird, muss die Partei Strafe zahlen.“')).toBeNull();
  });
});
