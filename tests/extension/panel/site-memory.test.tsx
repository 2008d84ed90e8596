import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/Popup';
import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
import type { Analysis } from '@/lib/analysis/types';
import type { PageReport } from '@/lib/messaging/protocol';
import { markCandidates } from '@/lib/panel/mark-candidates';
import { createPanelStore, type PanelState } from '@/lib/panel/store';
import { strings } from '@/lib/panel/strings';
import { recordArticle } from '@/lib/site-memory/memory';
import { emptyMemory, type SiteMemory } from '@/lib/site-memory/types';
import { click, renderWithStore, type Rendered } from '../popup/render';
import { sampleAnalysis } from '../popup/sample-analysis';
import { fakeDeps, painted } from './fake-deps';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

const SUBSCRIBE = 'Subscribe to our newsletter for daily harbour news.';

/** The panel over a fake browser whose page answers `refresh` with `after` (the re-analysed report). */
async function render(state: Partial<PanelState>, after: PageReport | Error = { status: 'ok', analysis: sampleAnalysis, highlights: painted }) {
  const one = recordArticle(emptyMemory(), 'news.example', 'https://news.example/other', [lineFingerprint(SUBSCRIBE)], 1);
  let stored: SiteMemory = recordArticle(one, 'radio.example', 'https://radio.example/a', [lineFingerprint(SUBSCRIBE)], 2);
  const siteMemory = { update: vi.fn(async (change: (memory: SiteMemory) => SiteMemory) => (stored = change(stored))) };
  const base = fakeDeps({ 3: {} }, {});
  const send = vi.fn(async (type: string, data: unknown, tabId: number) => {
    if (type !== 'refresh') return base.send(type, data, tabId);
    if (after instanceof Error) throw after;
    return after;
  });
  const deps = { ...base, send: send as typeof base.send, siteMemory };
  const store = createPanelStore(deps, { tabId: 3, highlights: painted, view: { kind: 'ready', analysis: sampleAnalysis }, ...state });
  rendered = await renderWithStore(store, <Popup />);
  return { root: rendered.container, send, store, memory: () => stored };
}

const buttons = (root: Element, text: string) => [...root.querySelectorAll('button')].filter((b) => b.textContent === text);
const site = (m: SiteMemory) => m.sites['news.example'];

describe('the boilerplate list and the site memory', () => {
  it('marks a listed line as content for the site and shows the re-analysed page', async () => {
    const cleaned: Analysis = { ...sampleAnalysis, boilerplate: [] };
    const { root, send, store, memory } = await render({}, { status: 'ok', analysis: cleaned, highlights: painted });
    const [notBoilerplate] = buttons(root, strings.notBoilerplate);
    expect(notBoilerplate.getAttribute('aria-label')).toBe(strings.notBoilerplateLabel(SUBSCRIBE));
    await click(notBoilerplate);
    expect(site(memory()).verdicts).toEqual([[lineFingerprint(SUBSCRIBE), false]]);
    expect(send).toHaveBeenCalledWith('refresh', undefined, 3);
    expect(store.getState().corrected?.analysis.boilerplate).toEqual([]);
    expect(buttons(root, strings.notBoilerplate)).toHaveLength(0);
  });

  it.each([
    ['site boilerplate', strings.siteBoilerplateHint],
    ['marked by reader', strings.markedByReaderHint],
  ] as const)('explains a line flagged as %s', async (reason, hint) => {
    const analysis = { ...sampleAnalysis, boilerplate: sampleAnalysis.boilerplate.map((b) => ({ ...b, reason })) };
    const { root } = await render({ view: { kind: 'ready', analysis } });
    expect(root.querySelector('.row--action .row__sub')?.textContent).toBe(`${reason} · ${hint}`);
  });

  it('offers no memory actions on a page without a site', async () => {
    const analysis = { ...sampleAnalysis, source: 'file:///home/reader/saved.html' };
    const { root } = await render({ view: { kind: 'ready', analysis } });
    expect(buttons(root, strings.notBoilerplate)).toHaveLength(0);
    expect(buttons(root, strings.forgetSite)).toHaveLength(0);
  });

  it('lists lines to mark in the side panel only, and marks one as the site’s boilerplate', async () => {
    const popup = await render({});
    expect(buttons(popup.root, strings.markBoilerplate)).toHaveLength(0);
    rendered?.unmount();
    const { root, memory } = await render({ surface: 'sidepanel' });
    const marks = buttons(root, strings.markBoilerplate);
    expect(marks).toHaveLength(8);
    await click(marks[0]);
    const first = 'Harbour Mayor Elena Varga said the new timetable "keeps the island connected all winter" and promised a review in March.';
    expect(site(memory()).verdicts).toEqual([[lineFingerprint(first), true]]);
  });

  it.each([
    [strings.forgetSite, ['radio.example']],
    [strings.clearAllSites, []],
  ])('“%s” leaves the memory of %j', async (label, sites) => {
    const { root, memory, send } = await render({});
    await click(buttons(root, label)[0]);
    expect(Object.keys(memory().sites)).toEqual(sites);
    expect(send).toHaveBeenCalledWith('refresh', undefined, 3);
  });

  it('says so when the page cannot be analysed again', async () => {
    const { root, store } = await render({}, new Error('Receiving end does not exist'));
    await click(buttons(root, strings.notBoilerplate)[0]);
    expect(store.getState().notice).toBe(strings.siteMemoryFailed);
    expect(store.getState().memoryBusy).toBe(false);
  });
});

describe('markCandidates', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of a long council report on the budget.`);
  const text = ['A title', ...lines].join('\n\n');
  const analysis = { ...sampleAnalysis, text, bodyStart: 9, boilerplate: [] } as Analysis;

  it.each([
    [3, 8, ['Line 1', 'Line 2', 'Line 3', 'Line 13', 'Line 20']],
    [1, 1, ['Line 1', 'Line 20']],
  ])('takes the first %i and last %i lines of the body', (head, tail, expected) => {
    const found = markCandidates(analysis, head, tail).map((l) => l.text.split(' of')[0]);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toHaveLength(head + tail);
  });

  it('skips lines already set aside and keeps offsets into the text', () => {
    const start = text.indexOf(lines[0]);
    const flagged = { ...analysis, boilerplate: [{ start, end: start + lines[0].length, text: lines[0], reason: 'navigation' as const }] };
    const found = markCandidates(flagged, 1, 0);
    expect(found[0].text).toBe(lines[1]);
    expect(text.slice(found[0].start, found[0].end)).toBe(lines[1]);
  });
});
