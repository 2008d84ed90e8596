import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, ArticleText } from '@/lib/analysis/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { cardContent, CARD_STRINGS } from '@/lib/page/card-content';
import type { HighlightApi } from '@/lib/page/highlight-painter';
import { createPageSession, type PageSessionDeps } from '@/lib/page/page-session';
import { analysisOf, fakeHighlightApi, loadPage, personOf, quoteOf } from './helpers';

const FIRST = 'We need more time to read the fine print before we sign anything,';
const SECOND = 'The ferry is a lifeline for the island families, and every week counts,';

/** Two quotes, one official; the first quote's sentence repeats (it lies inside a duplicate), the second is called boilerplate. */
function withMarks(article: ArticleText): Analysis {
  const base = analysisOf(article, [quoteOf(article, FIRST, 'p1'), quoteOf(article, SECOND, null)], [personOf(article, 'p1', 'Jane Whitlow', 'Councillor')]);
  const first = base.quotes[0];
  const second = base.quotes[1];
  // The duplicate reaches a little beyond the quote on both sides, as a repeated sentence would.
  const around = { start: Math.max(0, first.start - 3), end: first.end + 2 };
  const elsewhere = { start: second.end + 1, end: second.end + 20 };
  return {
    ...base,
    duplicates: [{ text: article.text.slice(around.start, around.end), count: 2, occurrences: [around, elsewhere], similarity: 1 }],
    boilerplate: [{ start: second.start, end: second.end, text: second.text, reason: 'subscription prompt' }],
  };
}

function deps(api: HighlightApi | null, overrides: Partial<PageSessionDeps> = {}): PageSessionDeps {
  return { doc: document, extract: (doc) => extractArticle(doc), analyze: withMarks, highlightApi: api, setTimeout: () => 0, yieldToPage: () => Promise.resolve(), ...overrides };
}

const count = (kinds: readonly { kind: string }[]) => {
  const out: Record<string, number> = {};
  for (const { kind } of kinds) out[kind] = (out[kind] ?? 0) + 1;
  return out;
};

describe.each([
  ['wrappers', (): HighlightApi | null => null],
  ['highlight-api', (): HighlightApi => fakeHighlightApi().api],
] as const)('duplicate and boilerplate marks with %s', (method, api) => {
  beforeEach(() => loadPage('markup-quotes.html'));

  it('paints every occurrence and line along with quotes and officials, and leaves the page byte for byte when off', async () => {
    const before = document.documentElement.outerHTML;
    const session = createPageSession(deps(api()));
    const state = await session.setHighlights(true);
    expect(count(session.painted())).toEqual({ quote: 2, official: 1, duplicate: 2, boilerplate: 1 });
    expect(state).toMatchObject({ enabled: true, painted: 6, method });
    if (method === 'wrappers') {
      expect(document.querySelectorAll('mark.quotelens-duplicate').length).toBeGreaterThanOrEqual(2);
      expect(document.querySelectorAll('mark.quotelens-boilerplate').length).toBeGreaterThanOrEqual(1);
    }
    await session.setHighlights(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it.each([
    [{ duplicates: false, boilerplate: true }, { quote: 2, official: 1, boilerplate: 1 }],
    [{ duplicates: true, boilerplate: false }, { quote: 2, official: 1, duplicate: 2 }],
    [{ duplicates: false, boilerplate: false }, { quote: 2, official: 1 }],
  ])('follows the stored choice %o from the first paint', async (marks, expected) => {
    const session = createPageSession(deps(api(), { initialHighlights: Promise.resolve(true), initialMarks: Promise.resolve(marks) }));
    const report = await session.report();
    if (report.status !== 'ok') throw new Error(report.status);
    expect(count(session.painted())).toEqual(expected);
    expect(report.highlights.painted).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
  });

  it('repaints when the choice changes while on, and only remembers it while off', async () => {
    const before = document.documentElement.outerHTML;
    const session = createPageSession(deps(api()));
    await session.setHighlights(true);
    expect((await session.setMarks({ duplicates: false, boilerplate: false })).painted).toBe(3);
    expect(session.painted().every((s) => s.kind === 'quote' || s.kind === 'official')).toBe(true);
    expect((await session.setMarks({ duplicates: true, boilerplate: false })).painted).toBe(5);
    await session.setHighlights(false);
    expect(await session.setMarks({ duplicates: true, boilerplate: true })).toMatchObject({ enabled: false, painted: 0 });
    expect(document.documentElement.outerHTML).toBe(before);
    expect((await session.setHighlights(true)).painted).toBe(6);
    await session.setHighlights(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('marks under the pointer', () => {
  beforeEach(() => loadPage('markup-quotes.html'));

  it('finds the quote before the duplicate around it, and describes a duplicate or boilerplate line on its own', async () => {
    const session = createPageSession(deps(fakeHighlightApi().api));
    await session.setHighlights(true);
    const quote = session.painted().find((s) => s.kind === 'quote' && s.ref === FIRST)!;
    const seg = quote.segments[0];
    const hits = session.lookup().at(seg.node, seg.start);
    expect(hits.map((s) => s.kind)).toEqual(['quote', 'duplicate']);
    const analysis = session.analysis()!;
    expect(cardContent(analysis, hits[1])).toEqual({ heading: CARD_STRINGS.duplicate, lines: [{ label: CARD_STRINGS.occurrences, value: '2' }] });
    const line = session.painted().find((s) => s.kind === 'boilerplate')!;
    expect(cardContent(analysis, line)).toEqual({ heading: CARD_STRINGS.boilerplate, lines: [{ label: CARD_STRINGS.reason, value: 'subscription prompt' }] });
    expect(cardContent(analysis, { kind: 'duplicate', ref: '7' })).toBeNull();
  });
});
