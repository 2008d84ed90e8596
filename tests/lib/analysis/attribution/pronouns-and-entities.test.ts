import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('pronouns and later mentions', () => {
  it.each([
    [['Spokeswoman Hana Kim met reporters after the vote.', '“We expected this,” she said.'], 'expected this', 'Hana Kim'],
    [['Judge Peter Hollis and Mrs. Ana Berg met at noon.', '“It went well,” she said.'], 'went well', 'Ana Berg'],
    [['Judge Peter Hollis and Mrs. Ana Berg met at noon.', '“It went badly,” he said.'], 'went badly', 'Peter Hollis'],
    [['The National Weather Service issued a warning on Sunday.', '“Stay indoors,” it said in a statement.'], 'Stay indoors', 'National Weather Service'],
    [['Coach Lars Eriksen watched from the bench.', '“We lost our shape,” Eriksen added.'], 'lost our shape', 'Lars Eriksen'],
    [['Foreign Ministry spokesman Zhao Lin held a briefing on Monday.', '“Dialogue is the only way,” Zhao said.'], 'Dialogue', 'Zhao Lin'],
    [['Flooding worried Ruth Anand, a hydrologist at the university.', '“The river is too high,” Ms. Anand said.'], 'river is too high', 'Ruth Anand'],
  ])('%j', (paragraphs, fragment, speaker) => {
    expect(speakerOf(attribute(...paragraphs), fragment)).toBe(speaker);
  });

  it('resolves "the ministry" to the ministry named earlier', () => {
    const r = attribute('The Ministry of Transport published new figures on Monday.', '“Delays fell by a third,” the ministry said.');
    expect(speakerOf(r, 'Delays fell')).toBe('Ministry of Transport');
  });

  it('finds a relative named in apposition and joins a kinship mention to her', () => {
    const r = attribute(
      'The sister of a missing hiker has described how the search was “slow and chaotic from the start”.',
      '“They waited two days,” his sister, Greta Hale, said.',
    );
    expect(speakerOf(r, 'waited two days')).toBe('Greta Hale');
    expect(speakerOf(r, 'slow and chaotic')).toBe('Greta Hale');
  });

  it('keeps people who share a surname apart', () => {
    const r = attribute(
      '“The boat is ours,” said Walter Brandt, the harbour master.',
      'His daughter, Elsa Brandt, runs the cafe. “We grew up on this water,” Elsa said.',
      '“Nobody will move us,” Brandt said.',
    );
    expect(speakerOf(r, 'grew up')).toBe('Elsa Brandt');
    expect(speakerOf(r, 'Nobody will move')).toBe('Walter Brandt');
    expect(r.entities.filter((e) => e.name.endsWith('Brandt'))).toHaveLength(2);
  });

  it('types unnamed sources', () => {
    const r = attribute('“The talks have stalled,” a senior official said.');
    const q = r.quotes[0];
    expect(q.speaker).toBe('senior official');
    expect(r.entities.find((e) => e.name === 'senior official')?.type).toBe('unnamed');
  });

  it('puts every mention inside the article text', () => {
    const r = attribute('President Amara Diallo spoke. “We will rebuild,” Diallo said. She smiled.');
    for (const e of r.entities) for (const m of e.mentions) expect(r.text.slice(m.start, m.end)).toMatch(/\S/);
    for (const q of r.quotes) expect(r.text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('a person named with an age or a suffix is who "he" may mean, speaker or not', () => {
  it.each([
    ['Patrick Carlineo Jr., 55, could face up to ten years.', 'Patrick Carlineo Jr'],
    ['Patrick Carlineo, 55, could face up to ten years.', 'Patrick Carlineo'],
  ])('%s', (intro, name) => {
    const r = attribute(intro, 'Rep. Ilhan Omar spoke on Monday. Carlineo was arrested in April for a call he made to Omar’s office, in which he said he’d put a “bullet in her skull.”', 'Omar asked for compassion. She added, “We must teach the defendant love.”');
    expect(speakerOf(r, 'bullet')).toBe(name);
    expect(speakerOf(r, 'teach the defendant')).toBe('Ilhan Omar');
  });
});
