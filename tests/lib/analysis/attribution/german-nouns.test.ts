import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

const speakerIn = speakerFinder('Eine Testseite');

describe('German capitalises every noun: one capitalised word after an article or a possessive is no speaker', () => {
  it.each([
    ['a possessive before the noun', 'Das, was ich versuche',
      ['Loriot erklärte seine Vorgehensweise: „Das, was ich versuche, ist nur, einen kleinen Schritt daneben zu sein.“']],
    ['a definite article before the noun', 'von Hand gemessen', ['Die Handhärte wird, wie es der Name schon sagt, von Hand gemessen.']],
    ['an inflected determiner before a counted noun', 'Gerade Wolfsburg',
      ['Vor mehreren Zehntausend Zuhörern bekräftigte er die Ziele. „Gerade Wolfsburg ist wichtig für den Konzern“, sagte er.']],
    ['adjectives between the article and the noun', 'Das ist besser', ['„Das ist besser“, meint der 28-jährige Sudanese.']],
    ['an article and an adjective opening the sentence', 'Hört mehr auf die Wissenschaft',
      ['Auf der anderen Seite verweisen diese Menschen auf die Wissenschaft: „Hört mehr auf die Wissenschaft!“']],
    ['a preposition holding the article', 'Die Weltgesundheitsorganisation',
      ['Die Weltgesundheitsorganisation WHO hat die Erkrankung COVID-19, die durch das neuartige Coronavirus SARS-CoV-2 ausgelöst wird, zur Pandemie erklärt.']],
  ])('%s', (_, fragment, paragraphs) => {
    const speaker = speakerIn('de', fragment, ...paragraphs);
    expect(['Vorgehensweise', 'Name', 'Zehntausend Zuhörern', 'Sudanese', 'Seite', 'Pandemie']).not.toContain(speaker);
  });

  it('a name of two words after an article and an adjective is still a person', () => {
    expect(speakerIn('de', 'Wir kommen', '„Wir kommen“, sagte der 64-jährige Hans Müller.')).toBe('Hans Müller');
  });

  it('a person the article names elsewhere still speaks after an article ("der Schulz" in speech)', () => {
    expect(speakerIn('de', 'Wir schaffen das',
      'Der SPD-Politiker Martin Schulz war in Berlin.',
      '„Wir schaffen das“, sagte der Schulz am Abend.')).toBe('Martin Schulz');
  });

  it('a name with a title still speaks', () => {
    expect(speakerIn('de', 'Wir schaffen das', 'Innenminister Klaus Bouillon sagte: „Wir schaffen das.“')).toBe('Klaus Bouillon');
  });

  it('English keeps its capitalised words after "the" ("the Kremlin")', () => {
    expect(speakerIn('en', 'We will respond', '“We will respond,” the Kremlin said.')).toBe('Kremlin');
  });
});

describe('German sentence adverbs open sentences capitalised, yet are no names', () => {
  it.each([
    ['Daraufhin', 'Auf Twitter teilte ein Fan den Post. Daraufhin teilte Bushido gegen seinen Kollegen aus und bezeichnete Azad als „erledigt“.', 'erledigt', 'Bushido'],
    ['Gleichzeitig', 'Die Bahn-Sprecherin Anna Weber war zufrieden. Gleichzeitig sagte sie: „Wir bleiben pünktlich.“', 'Wir bleiben pünktlich', 'Anna Weber'],
  ])('%s', (_, paragraph, fragment, speaker) => {
    expect(speakerIn('de', fragment, paragraph)).toBe(speaker);
  });
});

describe('German genitives: a name ending in "ss" is no genitive of a word in "s"', () => {
  it('"Herbert Diess" is a person, not "Herbert" and the pronoun "dies"', () => {
    expect(speakerIn('de', 'Wir schaffen das', 'Der Konzernchef Herbert Diess sagte: „Wir schaffen das.“')).toBe('Herbert Diess');
  });
});

describe('German "von" and "zu" between two names are prepositions, not particles of one name', () => {
  it.each([
    ['an affiliation after a full name', '„Wir helfen“, sagt Jacqueline Rioba von World Vision.', 'Wir helfen', 'Jacqueline Rioba'],
    ['a noble particle after a given name stays', '„Wir kommen“, sagte Beatrix von Storch.', 'Wir kommen', 'Beatrix von Storch'],
  ])('%s', (_, paragraph, fragment, speaker) => {
    expect(speakerIn('de', fragment, paragraph)).toBe(speaker);
  });

  it('a topic after a full name ("Elon Musk zu Gerüchten um …") is no part of the name', () => {
    const article = { ...articleFromPlainText('Eine Testseite\n\nSchon vor einigen Wochen hatte Tesla-Chef Elon Musk zu Gerüchten um eine Fabrik in Russland gesagt, der Standort sei offen.'), lang: 'de' };
    expect(findAttributions(article).entities.map((e) => e.name)).toEqual(['Elon Musk']);
  });

  it('a particle before a given name and a surname is the preposition in any language ("un posteo de Cristina Kirchner")', () => {
    expect(speakerIn('es', 'la economía crece', 'Según un comunicado de Cristina Kirchner, “la economía crece”.')).toBe('Cristina Kirchner');
  });
});

describe('German: one capitalised word speaks only as a publication or as someone the article names', () => {
  it.each([
    ['a magazine after its article', '„Wir kommen“, berichtete der Spiegel.', 'Wir kommen', 'Spiegel'],
    ['the surname of a full name named before', 'Am 14. Juni 2005 hielt Steve Jobs eine Rede. “The first story is about connecting the dots”, so Jobs.', 'connecting the dots', 'Steve Jobs'],
  ])('%s', (_, paragraph, fragment, speaker) => {
    expect(speakerIn('de', fragment, paragraph)).toBe(speaker);
  });

  it('a noun closing the object before a colon is no speaker ("erklärt die Bedeutung der Buttons und Icons:")', () => {
    expect(speakerIn('de', 'Fragen Sie', 'Das Poster erklärt die Bedeutung der Buttons und Icons: „Fragen Sie jederzeit.“')).toBeNull();
  });

  it.each([
    ['de', 'an agency before a colon', 'Reuters: „Kim Jong Un is fine“', 'Kim Jong Un', 'Reuters'],
    ['es', 'a Spanish agency after "según"', 'Según EFE, “la economía crece”.', 'la economía', 'EFE'],
  ])('%s: %s is an organisation', (lang, _, paragraph, fragment, name) => {
    const article = { ...articleFromPlainText(`Eine Testseite\n\n${paragraph}`), lang };
    const { quotes, entities } = findAttributions(article);
    const speaker = entities.find((e) => e.id === quotes.find((q) => q.text.includes(fragment))?.speakerId);
    expect([speaker?.name, speaker?.type]).toEqual([name, 'organization']);
  });
});
