import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

describe('a plural of people opening a sentence is an unnamed source, not an organisation', () => {
  const typeOf = (paragraph: string, name: string) => attribute(paragraph).entities.find((e) => e.name === name)?.type;
  it.each([
    ['Officials said the fire was “contained” by noon.', 'Officials'],
    ['Protesters chanted “Put kids first” outside the statehouse.', 'Protesters'],
  ])('%s', (paragraph, name) => {
    expect(typeOf(paragraph, name)).toBe('unnamed');
  });

  it('a capitalised body inside the sentence stays an organisation ("the House said")', () => {
    expect(typeOf('“It is over,” the House said.', 'House')).toBe('organization');
  });
});

describe('a one-word name run that names people of a kind is no person', () => {
  const typeOf = (paragraph: string, name: string) => attribute(paragraph).entities.find((e) => e.name === name)?.type;
  it.each([
    ['a nationality’s plural', 'Many Americans say that the offense is serious.', 'Americans'],
    ['a lower-case word opening its sentence', 'Vendors say that their drugs are better.', 'Vendors'],
    ['a plural the article also writes in lower case', 'Teachers chanted, “Fund our schools,” as hundreds of teachers lined the entrances.', 'Teachers'],
  ])('%s', (_, paragraph, name) => {
    expect(typeOf(paragraph, name)).toBe('unnamed');
  });

  it('a surname stays a person where the article names them in full ("Sanders said" after "Bernie Sanders")', () => {
    expect(typeOf('Senator Bernie Sanders spoke to sanders and builders. Sanders said that “the plan works”.', 'Bernie Sanders')).toBe('person');
    expect(speakerOf(attribute('Senator Bernie Sanders spoke to sanders and builders. Sanders said that “the plan works”.'), 'the plan works')).toBe('Bernie Sanders');
  });
});

describe('a place that speaks speaks as its government, never as a person', () => {
  it.each([['“We will not pay,” Austria said on Monday.', 'Austria'], ['Zimbabwe told the summit that “the sanctions must end.”', 'Zimbabwe']])('%s', (paragraph, name) => {
    expect(attribute(paragraph).entities.find((e) => e.name === name)?.type).toBe('organization');
  });
});

describe('a seat of government or a place of several words speaks whole', () => {
  it.each([
    ['fr', 'Les passagers sont arrivés, selon le Quai d’Orsay.', 'Quai d’Orsay'],
    ['en', '“The count is final,” New York said in a filing.', 'New York'],
  ])('%s: %s', (lang, paragraph, name) => {
    const article = { ...articleFromPlainText(['Headline for a test story', paragraph].join('\n\n')), lang };
    const { entities } = findAttributions(article);
    expect(entities.find((e) => e.name === name)?.type).toBe('organization');
  });
});

describe('"the United States Senate": a country whose last word reads as a verb of saying is no person', () => {
  it('no person "United" for a later "he"', () => {
    const r = attribute('The United States Senate voted. “We will not accept it,” he said.');
    expect(r.entities.some((e) => e.name === 'United' && e.type === 'person')).toBe(false);
  });
});

describe('a pronoun with no one before it points ahead in its sentence', () => {
  it('"In what he acknowledged as a “rant,” President Obama …"', () => {
    const r = attribute('Leaders met in Ottawa on Wednesday.', 'In what he acknowledged as a news conference-ending “rant,” President Barack Obama took a whack at the candidate.');
    expect(r.quotes.find((q) => q.text.includes('rant'))?.speaker).toBe('Barack Obama');
  });
});

describe('a one-word speaker whose reported words open with "it" speaks of itself as a body', () => {
  const typeOf = (paragraph: string, name: string) => attribute(paragraph).entities.find((e) => e.name === name)?.type;
  it.each([
    ['Google said it would appeal the fine.', 'Google'],
    ['Nissan says that it will offer better gas mileage.', 'Nissan'],
  ])('%s', (paragraph, name) => {
    expect(typeOf(paragraph, name)).toBe('organization');
  });

  it('a person named in full keeps being a person ("Smith said it was a disaster" after "John Smith")', () => {
    expect(typeOf('John Smith, a farmer, lost his barn. Smith said it was a disaster.', 'John Smith')).toBe('person');
  });

  it('words quoted whole are the speaker’s own: their "it" is not the speaker', () => {
    expect(typeOf('When the host asked whether the film was fair, Okafor replied, “It is entirely fair.”', 'Okafor')).toBe('person');
  });
});
