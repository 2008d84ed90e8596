import { describe, expect, it } from 'vitest';
import type { Boilerplate, DuplicateGroup, Entity, Quote } from '@/lib/analysis/types';
import { planHighlights } from '@/lib/page/highlight-plan';
import { BOILERPLATE_STYLE, DUPLICATE_STYLE, highlightCss } from '@/lib/page/styles';
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

describe('planHighlights: duplicate and boilerplate marks', () => {
  const dup = (spans: [number, number][]): DuplicateGroup => ({ text: 'words', count: spans.length, occurrences: spans.map(([start, end]) => ({ start, end })), similarity: 1 });
  const line = (start: number, end: number, occurrences?: [number, number][]): Boilerplate => ({
    start, end, text: 'Sign up for our newsletter', reason: 'subscription prompt', occurrences: occurrences?.map(([s, e]) => ({ start: s, end: e })),
  });
  const analysis = {
    quotes: [quote(10, 'a')],
    entities: [],
    duplicates: [dup([[0, 20], [40, 60]]), dup([[70, 80], [90, 100], [110, 120]])],
    boilerplate: [line(200, 230), line(300, 330, [[300, 330], [400, 430]])],
  };
  const kinds = (spans: ReturnType<typeof planHighlights>) => spans.map((s) => `${s.kind}:${s.start}-${s.end}:${s.ref}`);

  it('marks every occurrence of every duplicate group, and every place of every boilerplate line', () => {
    expect(kinds(planHighlights(analysis))).toEqual([
      'quote:10-15:q10',
      'duplicate:0-20:0', 'duplicate:40-60:0', 'duplicate:70-80:1', 'duplicate:90-100:1', 'duplicate:110-120:1',
      'boilerplate:200-230:0', 'boilerplate:300-330:1', 'boilerplate:400-430:1',
    ]);
    const names = new Set(planHighlights(analysis).filter((s) => s.kind !== 'quote').map((s) => `${s.kind}=${s.name}`));
    expect([...names]).toEqual(['duplicate=quotelens-duplicate', 'boilerplate=quotelens-boilerplate']);
  });

  it.each([
    [{ duplicates: true, boilerplate: false }, 1 + 5, 0],
    [{ duplicates: false, boilerplate: true }, 1, 3],
    [{ duplicates: false, boilerplate: false }, 1, 0],
  ])('plans only the marks asked for: %o', (marks, quotesAndDuplicates, boilerplate) => {
    const spans = planHighlights(analysis, undefined, marks);
    expect(spans.filter((s) => s.kind === 'quote' || s.kind === 'duplicate').length).toBe(quotesAndDuplicates);
    expect(spans.filter((s) => s.kind === 'boilerplate').length).toBe(boilerplate);
  });

  it('skips empty spans and plans nothing for an analysis without duplicates or boilerplate', () => {
    expect(planHighlights({ ...analysis, duplicates: [dup([[5, 5]])], boilerplate: [line(9, 9)] }).map((s) => s.kind)).toEqual(['quote']);
    expect(planHighlights({ quotes: [], entities: [] })).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('styles both with only a background and a text colour, unlike any quote tint (%s page)', (theme) => {
    const css = highlightCss(theme);
    for (const [name, style] of [['quotelens-duplicate', DUPLICATE_STYLE[theme]], ['quotelens-boilerplate', BOILERPLATE_STYLE[theme]]] as const) {
      expect(css).toContain(`::highlight(${name}) { background-color: ${style.background}; color: ${style.text}; }`);
      expect(css).toContain(`mark.quotelens-mark.${name} { background-color: ${style.background}; color: ${style.text}; }`);
      expect([...SPEAKER_PALETTE.map((c) => c[theme].background), UNATTRIBUTED_COLOR[theme].background]).not.toContain(style.background);
    }
    expect(DUPLICATE_STYLE[theme].background).not.toBe(BOILERPLATE_STYLE[theme].background);
  });

  it('puts the washes before the quote rules, so a wrapped quote inside a duplicate keeps its own tint', () => {
    const css = highlightCss();
    const at = (selector: string) => css.indexOf(selector);
    for (const wash of ['mark.quotelens-mark.quotelens-duplicate', 'mark.quotelens-mark.quotelens-boilerplate']) {
      expect(at(wash)).toBeGreaterThanOrEqual(0);
      expect(at(wash)).toBeLessThan(at('mark.quotelens-mark.quotelens-quote-0'));
      expect(at(wash)).toBeLessThan(at('mark.quotelens-mark.quotelens-official'));
    }
  });
});
