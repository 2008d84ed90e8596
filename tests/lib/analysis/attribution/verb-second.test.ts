import { describe, expect, it } from 'vitest';
import { indirectFinder, speakerFinder } from './helpers';

/** The reported (indirect) quotes of paragraphs on a page declared in `lang`, as [text, speaker]. */
const indirectIn = indirectFinder('Eine Testseite');

const speakerIn = speakerFinder('Eine Testseite');

describe('German inverted subjects: the dative object after them does not speak', () => {
  it.each([
    ['a name, then a dative object with a name, after an adverbial with "laut"', 'Wir haben bereits',
      ['Wahlkampfleiter Andreas Keith sagte nichts.', 'Laut Unterlagen antwortet Keith dem Essener Parteichef Stefan Keuter am 30. März 2017: „Wir haben bereits die Zusage, dass eine Zeitung kommt.“'],
      'Andreas Keith'],
    ['a title, then a dative object with a name', 'Wir haben bereits',
      ['Dann sagte der Innenminister Klaus Bouillon dem Reporter Jan Becker: „Wir haben bereits die Zusage, dass eine Zeitung kommt.“'],
      'Klaus Bouillon'],
  ])('%s', (_, fragment, paragraphs, speaker) => {
    expect(speakerIn('de', fragment, ...paragraphs)).toBe(speaker);
  });
});

describe('German puts its verb second: the words after a verb of saying are not what it reports', () => {
  it.each([
    ['the inverted subject and a dative object', 'Laut Unterlagen antwortet Keith dem Essener Parteichef Stefan Keuter am 30. März 2017 mit einem Brief.'],
    ['a coordinated subject after the verb', 'Aktuell fordern er und die ATU, rund 50 andere Organisationen sowie 17.000 Unterzeichner in einer Petition die Aussetzung der Mieten.'],
    ['a prepositional object', 'Mietergewerkschafter wie Antonio Gutierrez hoffen auf mehr Druck auf die Abgeordneten im Parlament.'],
    ['a second verb in a relative clause', 'Rund 5000 New Yorker haben eine Erklärung unterzeichnet, die von Gouverneur Andrew Cuomo einen Mietenstopp fordert und erklärt ihre Miete nicht zahlen zu wollen.'],
  ])('%s', (_, paragraph) => {
    expect(indirectIn('de', paragraph)).toEqual([]);
  });

  it('a fronted adverbial before the verb is not reported; the "dass" clause after the speaker is', () => {
    expect(indirectIn('de', 'Am Sonntag, 15. März 2020, verkündete der saarländische Ministerpräsident Tobias Hans, dass die Grenze zu Frankreich geschlossen sei.'))
      .toEqual([['dass die Grenze zu Frankreich geschlossen sei', 'Tobias Hans']]);
  });

  it('English keeps its clause straight after the verb', () => {
    expect(indirectIn('en', 'The minister John Smith said the border would stay closed until May.')).toEqual([['the border would stay closed until May', 'John Smith']]);
  });
});
