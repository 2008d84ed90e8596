import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

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
  ])('%s', (_, paragraph, name) => {
    expect(typeOf(paragraph, name)).toBe('unnamed');
  });
});

describe('a place that speaks speaks as its government, never as a person', () => {
  it.each([['“We will not pay,” Austria said on Monday.', 'Austria'], ['Zimbabwe told the summit that “the sanctions must end.”', 'Zimbabwe']])('%s', (paragraph, name) => {
    expect(attribute(paragraph).entities.find((e) => e.name === name)?.type).toBe('organization');
  });
});
