import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';
import { contractProblems } from '../../support/contract';

const sound: Analysis = {
  source: 's', title: 'T', byline: null, siteName: null, lang: null, text: 'T\n\n"Hi," she said.', bodyStart: 3,
  entities: [{ id: 'e1', name: 'Ann Lee', type: 'person', title: null, mentions: [{ start: 9, end: 12 }] }],
  quotes: [{ id: 'q1', text: 'Hi,', start: 4, end: 7, type: 'direct', speakerId: 'e1', speakerMention: null, cue: 'said', confidence: 0.9 }],
  duplicates: [],
  boilerplate: [],
};

describe('contractProblems (the checker the property tests rely on)', () => {
  it('accepts a sound analysis', () => {
    expect(contractProblems(sound)).toEqual([]);
  });

  it.each([
    ['a quote beyond the text', { ...sound, quotes: [{ ...sound.quotes[0], end: 999 }] }, /quote q1 span/],
    ['a speaker id that does not resolve', { ...sound, quotes: [{ ...sound.quotes[0], speakerId: 'e9' }] }, /missing speaker e9/],
    ['a repeated entity id', { ...sound, entities: [sound.entities[0], sound.entities[0]] }, /repeated/],
    ['bodyStart past the end', { ...sound, bodyStart: 500 }, /bodyStart/],
    ['a duplicate group whose count lies', { ...sound, duplicates: [{ text: 'x', count: 3, similarity: 1, occurrences: [{ start: 0, end: 1 }, { start: 3, end: 4 }] }] }, /count 3/],
    ['a negative mention', { ...sound, entities: [{ ...sound.entities[0], mentions: [{ start: -1, end: 2 }] }] }, /mention/],
  ])('rejects %s', (_what, analysis, problem) => {
    expect(contractProblems(analysis as Analysis).join('\n')).toMatch(problem);
  });
});
