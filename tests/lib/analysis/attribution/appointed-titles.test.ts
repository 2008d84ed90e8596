import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const titleOf = (name: string, ...paragraphs: string[]) => attribute(...paragraphs).entities.find((e) => e.name === name)?.title ?? null;

describe('English appointments: a person named, appointed or elected to an office after an auxiliary holds it', () => {
  it.each([
    ['past "new" and an acronym before the head', 'Chad Wolf', 'McAleenan resigned and Chad Wolf has been named new DHS acting secretary.', 'DHS acting secretary'],
    ['a plain passive', 'Rosa Ortega', 'Rosa Ortega was elected mayor of Springfield.', 'mayor of Springfield'],
  ])('%s', (_, name, paragraph, title) => {
    expect(titleOf(name, paragraph)).toBe(title);
  });

  it.each([
    ['an active verb names the office of its object, not of its subject', 'John Bolton', 'Donald Trump named John Bolton national security adviser on Friday.'],
    ['words between the name and the participle that are no auxiliaries', 'Hillary Clinton', "Hillary Clinton's statement that if elected president she would act drew fire."],
    ['a mere case after "if"', 'Donald Trump', 'If Donald Trump is elected president, the party will split.'],
  ])('%s', (_, name, paragraph) => {
    expect(titleOf(name, paragraph) ?? '').not.toMatch(/president|adviser/);
  });
});
