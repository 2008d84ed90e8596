import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '@/lib/analysis/types';
import { planHighlights } from '@/lib/page/highlight-plan';
import { speakerColours } from '@/lib/page/palette';
import { highlightCss } from '@/lib/page/styles';

const quote = (start: number, speakerId: string | null): Quote => ({
  id: `q${start}`, start, end: start + 5, text: 'words', type: 'direct', speakerId, speakerMention: null, cue: 'said', confidence: 1,
});
const entity = (id: string, type: Entity['type'], title: string | null): Entity => ({
  id, name: id, type, title, mentions: [{ start: 100, end: 104 }],
});

describe('planHighlights', () => {
  it('colours quotes by speaker in order of first quote, unattributed ones sharing a colour', () => {
    const quotes = [quote(0, 'b'), quote(10, 'a'), quote(20, 'b'), quote(30, null), quote(40, null)];
    expect(planHighlights({ quotes, entities: [] }).map((s) => s.name)).toEqual([
      'quotelens-quote-0', 'quotelens-quote-1', 'quotelens-quote-0', 'quotelens-quote-2', 'quotelens-quote-2',
    ]);
  });

  it.each([
    ['a person with a title', entity('minister', 'person', 'Minister'), 1],
    ['a person without a title', entity('resident', 'person', null), 0],
    ['an organisation with a title-like name', entity('ministry', 'organization', 'Ministry'), 0],
  ])('marks %s as an official %i time(s)', (_name, e, count) => {
    expect(planHighlights({ quotes: [], entities: [e] }).filter((s) => s.name === 'quotelens-official').length).toBe(count);
  });

  it('cycles through eight colours for many speakers', () => {
    const quotes = Array.from({ length: 10 }, (_, i) => quote(i * 10, `s${i}`));
    expect([...speakerColours({ quotes }).values()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
  });

  it('has a style rule for every name it paints', () => {
    const css = highlightCss();
    for (const name of ['quotelens-quote-0', 'quotelens-quote-7', 'quotelens-official', 'quotelens-flash']) {
      expect(css).toContain(`::highlight(${name})`);
      expect(css).toContain(`mark.quotelens-mark.${name}`);
    }
  });
});
