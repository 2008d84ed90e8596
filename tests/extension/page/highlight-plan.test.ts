import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '@/lib/analysis/types';
import { planHighlights } from '@/lib/page/highlight-plan';
import { highlightCss } from '@/lib/page/styles';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR, colorsAfterCorrections, speakerColorIndex } from '@/lib/speaker-colors';
import { groupBySpeaker } from '@/lib/panel/summary';

const quote = (start: number, speakerId: string | null): Quote => ({
  id: `q${start}`, start, end: start + 5, text: 'words', type: 'direct', speakerId, speakerMention: null, cue: 'said', confidence: 1,
});
const entity = (id: string, type: Entity['type'], title: string | null): Entity => ({
  id, name: id, type, title, mentions: [{ start: 100, end: 104 }],
});

describe('planHighlights', () => {
  it('colours quotes by speaker in order of first quote in the text, unattributed ones in the neutral', () => {
    // Listed out of text order: the colour follows the text, as in the panel.
    const quotes = [quote(10, 'a'), quote(0, 'b'), quote(30, null), quote(20, 'b'), quote(40, null)];
    expect(planHighlights({ quotes, entities: [] }).map((s) => s.name)).toEqual([
      'quotelens-quote-1', 'quotelens-quote-0', 'quotelens-quote-none', 'quotelens-quote-0', 'quotelens-quote-none',
    ]);
  });

  it('gives a speaker the same palette colour as the panel legend', () => {
    const entities = ['a', 'b', 'c'].map((id) => entity(id, 'person', null));
    const quotes = [quote(50, 'c'), quote(0, null), quote(10, 'a'), quote(30, 'b')];
    const analysis = { source: 'x', title: '', byline: null, siteName: null, lang: 'en', text: '', bodyStart: 0, entities, quotes, duplicates: [], boilerplate: [] };
    const legend = new Map(groupBySpeaker(analysis).filter((g) => g.speaker).map((g) => [g.speaker!.id, g.colorIndex]));
    for (const span of planHighlights({ quotes, entities: [] })) {
      const speakerId = quotes.find((q) => q.id === span.ref)!.speakerId;
      expect(span.name).toBe(speakerId == null ? 'quotelens-quote-none' : `quotelens-quote-${legend.get(speakerId)}`);
    }
  });

  it('paints with the colours it is given (the ones after corrections)', () => {
    const original = [quote(0, 'a'), quote(10, 'b')];
    const corrected = [quote(0, 'a'), { ...quote(10, 'c') }];
    const colours = colorsAfterCorrections({ quotes: original }, { quotes: corrected });
    expect(planHighlights({ quotes: corrected, entities: [] }, colours).map((s) => s.name)).toEqual(['quotelens-quote-0', 'quotelens-quote-2']);
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
    expect(planHighlights({ quotes, entities: [] }).map((s) => s.name.replace('quotelens-quote-', ''))).toEqual(
      ['0', '1', '2', '3', '4', '5', '6', '7', '0', '1'],
    );
    expect([...speakerColorIndex({ quotes }).values()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
  });

  it('has a style rule for every name it paints', () => {
    const css = highlightCss();
    for (const name of ['quotelens-quote-0', 'quotelens-quote-7', 'quotelens-quote-none', 'quotelens-official', 'quotelens-flash']) {
      expect(css).toContain(`::highlight(${name})`);
      expect(css).toContain(`mark.quotelens-mark.${name}`);
    }
  });

  it.each(SPEAKER_PALETTE.flatMap((c, i) => (['light', 'dark'] as const).map((theme) => [i, c.name, theme] as const)))(
    'paints speaker %i in the panel colour %s, %s tint on a page of that theme',
    (i, _name, theme) => {
      const { background, text } = SPEAKER_PALETTE[i][theme];
      expect(highlightCss(theme)).toContain(`::highlight(quotelens-quote-${i}) { background-color: ${background}; color: ${text};`);
    },
  );

  it.each(['light', 'dark'] as const)('paints unattributed quotes in the neutral, not a palette colour (%s page)', (theme) => {
    const css = highlightCss(theme);
    expect(css).toContain(`::highlight(quotelens-quote-none) { background-color: ${UNATTRIBUTED_COLOR[theme].background};`);
    expect(SPEAKER_PALETTE.map((c) => c[theme].background)).not.toContain(UNATTRIBUTED_COLOR[theme].background);
  });
});
