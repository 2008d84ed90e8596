import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('transcript labels', () => {
  it.each([
    [['The mayor spoke to Ana Reyes on the morning show.', 'REYES: What happens to the bus lanes now?', 'MAYOR: We keep them until the summer.'], 'What happens to the bus lanes', 'Ana Reyes'],
    [['Part of the interview follows.', '“HOLLAND: We never planned to close the plant.”'], 'We never planned to close', 'Holland'],
  ])('names the labelled speaker: %j', (paragraphs, fragment, speaker) => {
    const r = attribute(...paragraphs);
    expect(speakerOf(r, fragment)).toBe(speaker);
    expect(r.quotes.find((q) => q.text.includes(fragment))?.text.startsWith(fragment)).toBe(true);
  });

  it.each([
    [['UPDATE: The road reopened at noon after crews cleared the debris.']],
    [['EDITOR’S NOTE: This story has been corrected to show the right date.']],
    // a page's time stamp under a label is no speech ("PUBLISHED: 10:48, Tue, Nov 19, 2019")
    [['Troops were sent to the city on Tuesday.', 'PUBLISHED: 10:48, Tue, Nov 19, 2019', 'REVISED: 5:07 p.m. ET']],
  ])('leaves line labels that are not speakers: %j', (paragraphs) => {
    expect(attribute(...paragraphs).quotes).toEqual([]);
  });
});
