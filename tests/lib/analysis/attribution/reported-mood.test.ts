import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Testseite');

describe('German: a sentence in Konjunktiv I goes on reporting the last speaker', () => {
  it.each([
    ['in the next paragraph, a short quotation kept', 'wichtigste Organisation',
      ['„Die Lage ist schwierig“, räumt Antonio Gutierrez ein.', 'Die ATU sei die »wichtigste Organisation«, die den Mietenstopp vorantreibe.'],
      'Antonio Gutierrez'],
    ['a clause quoted inside the reported sentence', 'um zu zeigen',
      ['„Hier ist 1940 der erste Luxemburger gefallen“, sagt Thierry Daman.', 'Oft habe er Freunde an diese Brücke gebracht, „um zu zeigen, was Europa ist“.'],
      'Thierry Daman'],
  ])('%s', (_, fragment, paragraphs, speaker) => {
    expect(speakerIn('de', fragment, ...paragraphs)).toBe(speaker);
  });

  it('the indicative reports nobody: a short quotation stays a quoted term', () => {
    expect(speakerIn('de', 'wichtigste Organisation', '„Die Lage ist schwierig“, räumt Antonio Gutierrez ein.', 'Die ATU ist die »wichtigste Organisation« der Stadt.')).toBeUndefined();
  });

  it('two paragraphs on, the report has ended', () => {
    expect(speakerIn('de', 'um zu zeigen', '„Hier ist 1940 der erste Luxemburger gefallen“, sagt Thierry Daman.', 'Die Brücke ist seit März gesperrt.', 'Oft habe man Freunde gebracht, „um zu zeigen, was Europa ist“.')).toBeNull();
  });

  it('French has no such mood: "soit" after a speaker gives nothing', () => {
    expect(speakerIn('fr', 'plus importante', '« La situation est difficile », reconnaît Antoine Dupont.', 'Il faut que ce soit « la plus importante » réforme.')).toBeUndefined();
  });
});
