import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a heading line "Name: … “…”" quotes the person it opens with', () => {
  it('credits a short quotation in the heading to the person named before the colon', () => {
    const r = attribute(
      'Ambassador Kurt Volker testified on Tuesday.',
      'Volker: Allegations against Biden are "not credible"',
      '"I think the allegations are self-serving," Volker said.',
    );
    expect(speakerOf(r, 'not credible')).toBe('Kurt Volker');
  });

  it.each([
    ['a label that names nobody', 'Update: officials call the plan "a mess"'],
    ['a person the article does not name elsewhere', 'Harlow: the plan is "a mess"'],
  ])('not %s', (_, heading) => {
    const r = attribute('Ambassador Kurt Volker testified on Tuesday.', heading);
    expect(speakerOf(r, 'a mess') ?? null).toBeNull();
  });

  it('he begged lawmakers "not to …": a doubled consonant is still the verb of saying', () => {
    const r = attribute('Tim Morrison told the committee on Tuesday that he was worried.', 'He begged lawmakers "not to lose sight of" the conflict in Ukraine.');
    expect(speakerOf(r, 'not to lose sight of')).toBe('Tim Morrison');
  });
});

describe('"That’s the … view … by X" credits the quotation before it', () => {
  it.each([
    ['That’s the optimistic view mouthed by Ann Reed, the chief executive of the group.', 'Ann Reed'],
    ['That is the verdict of Governor Dan Holt, who signed the merger.', 'Dan Holt'],
  ])('%s', (credit, speaker) => {
    const r = attribute(`The merger will create a news enterprise "with deep local roots and national scale." ${credit}`);
    expect(speakerOf(r, 'deep local roots')).toBe(speaker);
  });

  it('not a sentence about something else', () => {
    const r = attribute('The merger will create a news enterprise "with deep local roots and national scale." That is the view from the newsroom.');
    expect(speakerOf(r, 'deep local roots') ?? null).toBeNull();
  });
});
