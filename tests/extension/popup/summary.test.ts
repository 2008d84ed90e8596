import { describe, expect, it } from 'vitest';
import { countsOf, groupBySpeaker, officialsOf } from '@/lib/panel/summary';
import { sampleAnalysis } from './sample-analysis';

describe('groupBySpeaker', () => {
  it('groups quotes per speaker in order of first quote, unattributed last', () => {
    const groups = groupBySpeaker(sampleAnalysis);
    expect(groups.map((g) => g.speaker?.name ?? null)).toEqual(['Elena Varga', 'The Port Authority', 'Tomas Okafor', 'a resident', null]);
    expect(groups.map((g) => g.quotes.map((q) => q.id))).toEqual([['q1', 'q2', 'q3'], ['q4'], ['q5'], ['q6'], ['q7']]);
    expect(groups.map((g) => g.colorIndex)).toEqual([0, 1, 2, 3, null]);
  });

  it('treats a speaker id without an entity as unattributed', () => {
    const analysis = { ...sampleAnalysis, quotes: [{ ...sampleAnalysis.quotes[0], speakerId: 'missing' }] };
    expect(groupBySpeaker(analysis)).toEqual([{ speaker: null, quotes: analysis.quotes, colorIndex: null }]);
  });
});

describe('officialsOf / countsOf', () => {
  it('lists persons with a title, by first mention', () => {
    expect(officialsOf(sampleAnalysis).map((e) => e.name)).toEqual(['Elena Varga', 'Tomas Okafor']);
  });

  it('counts quotes, named speakers, officials, duplicate groups and boilerplate lines', () => {
    expect(countsOf(sampleAnalysis)).toEqual({ quotes: 7, speakers: 4, officials: 2, duplicates: 1, boilerplate: 1 });
  });
});
