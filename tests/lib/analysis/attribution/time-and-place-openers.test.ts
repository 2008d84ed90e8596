import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a time or a place opening the sentence is not its speaker', () => {
  it.each([
    ['The day before, at a rally in Dayton, Ohio, Senator Ada Moss was just as blunt, claiming that the plan "would fail."', 'would fail', 'Ada Moss'],
    ['This spring, as she was becoming chair of the committee, Ida Brook told friends that the vote was "a badge of honor."', 'badge of honor', 'Ida Brook'],
    ['A few days later, Carl Dunn reversed himself, telling reporters that the rules "are set."', 'are set', 'Carl Dunn'],
    ['Speaking at a town hall in Salem, New Hampshire, Carl Dunn went after his rival, calling him "a total stiff."', 'total stiff', 'Carl Dunn'],
    ['At a campaign event in Ames, Iowa, on Sunday, Ida Brook tried to explain, saying that the country should "lead the way."', 'lead the way', 'Ida Brook'],
    ['Ida Brook, during a town hall meeting in Columbus, Ohio, said she was "going to put the mines out of business."', 'out of business', 'Ida Brook'],
  ])('%s', (sentence, quote, speaker) => {
    expect(speakerOf(attribute(sentence), quote)).toBe(speaker);
  });

  it('a person named after the place is still the subject', () => {
    const r = attribute('Carl Dunn is the nominee.', 'At a rally in Ohio, Dunn, the nominee, said the plan "would fail."');
    expect(speakerOf(r, 'would fail')).toBe('Carl Dunn');
  });
});

describe('"of" after a full name tells where the speaker is from', () => {
  it.each([
    ['"I think she should have run from Virginia," said Jason Gilbert of Cheyenne.', 'run from Virginia', 'Jason Gilbert'],
    ['"We will rebuild every house," said Ida Brook of Dayton.', 'rebuild every house', 'Ida Brook'],
  ])('%s', (sentence, quote, speaker) => {
    expect(speakerOf(attribute(sentence), quote)).toBe(speaker);
  });
});
