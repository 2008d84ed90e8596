import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const speakerOfFirst = (...p: string[]) => {
  const r = attribute(...p);
  const q = r.quotes[0];
  const e = r.entities.find((x) => x.name === q?.speaker);
  return [q?.speaker ?? null, e?.type ?? null];
};

describe('describing words before the speaker after a quote', () => {
  it.each([
    ['“This is a broad statute that punishes people,” former FBI agent Timothy Gill explained.', 'Timothy Gill', 'person'],
    ['“We’ve had better conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat, said.', 'Bill Eastland', 'person'],
    ['“The great state of Alabama is proud to cast its votes!” US Senator Jeff Sessions said as he laughed.', 'Jeff Sessions', 'person'],
    ['"The simple truth is that the facts have not changed," a spokesman for committee Democrats said.', 'spokesman for committee Democrats', 'unnamed'],
  ])('%s', (sentence, name, type) => {
    expect(speakerOfFirst(sentence)).toEqual([name, type]);
  });
});

describe('unnamed sources described with capitals: one entity each', () => {
  it('"a New Hampshire Republican" and "an Iowa Republican" are two unnamed sources', () => {
    const r = attribute('“He is wrong,” said a New Hampshire Republican.', '“He is right,” said an Iowa Republican.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['New Hampshire Republican', 'Iowa Republican']);
    expect(r.entities.filter((e) => /Republican/.test(e.name)).map((e) => e.type)).toEqual(['unnamed', 'unnamed']);
  });
});

describe('a quotation ending in "!" or "?" and the sentence after it', () => {
  it('takes its speaker from the next sentence of its own paragraph', () => {
    expect(speakerOfFirst('“Is that all there is?” Senator Ann Lee asked as the vote closed.')[0]).toBe('Ann Lee');
  });

  it('does not take it from the next paragraph, which reports something else', () => {
    const [speaker] = speakerOfFirst(
      'Representative Robert Aderholt pressed the point later in the hearing. “Which rockets can take the lander to the Moon by 2024?”',
      'Administrator Jim Bridenstine responded that only one vehicle could launch the crew.',
    );
    expect(speaker).not.toBe('Jim Bridenstine');
  });
});
