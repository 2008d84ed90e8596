import { describe, expect, it, vi } from 'vitest';
import { toSentReading } from '@/lib/messaging/background-protocol';
import type { HighlightState, PageReport } from '@/lib/messaging/protocol';
import { loadView } from '@/lib/panel/load-view';
import { createPanelStore } from '@/lib/panel/store';
import { fakeDeps, painted } from '../panel/fake-deps';
import { sampleAnalysis } from './sample-analysis';

const article = { title: 'T', byline: null, siteName: null, lang: 'en', text: sampleAnalysis.text, bodyStart: 0, blocks: [] };
const made = toSentReading({ status: 'ok', article, analysis: sampleAnalysis, timings: { parseMs: 1, extractMs: 2, analyzeMs: 3 }, key: 'k1' });
const ok: PageReport = { status: 'ok', analysis: sampleAnalysis, highlights: painted };
const never = () => new Promise<never>(() => {});
const target = { tabId: 3, url: 'https://news.example/harbour-ferry' };

describe("the popup takes the click's reading from the reader, or the page's report, whichever is first (issue 11)", () => {
  it("shows the reader's reading without waiting for the page, the switch pending on the stored setting", async () => {
    const deps = fakeDeps({ 3: { url: target.url } }, {});
    deps.send.mockImplementation(never);
    deps.clickReading.mockResolvedValue({ reading: made, highlightsOn: false });
    const result = await loadView(deps, target, true);
    expect(result).toEqual({
      view: { kind: 'ready', analysis: sampleAnalysis },
      highlights: { enabled: false, painted: 0, unanchored: 0, method: 'none', pending: true },
    });
    expect(deps.clickReading).toHaveBeenCalledWith(3);
  });

  it("takes the page's report when the reader has no reading of this click (the page was read before)", async () => {
    const deps = fakeDeps({ 3: { url: target.url } }, { 3: ok });
    deps.clickReading.mockResolvedValue({ reading: null, highlightsOn: true });
    await expect(loadView(deps, target, true)).resolves.toEqual({ view: { kind: 'ready', analysis: sampleAnalysis }, highlights: painted });
  });

  it('says why when the page cannot be read, while the reader still waits for a reading that never comes', async () => {
    const deps = fakeDeps({ 3: { url: target.url } }, {});
    deps.injectContentScript.mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    deps.clickReading.mockImplementation(never);
    await expect(loadView(deps, target, true)).resolves.toEqual({ view: { kind: 'restricted', reason: 'no-access' }, highlights: null });
  });

  it('shows a no-article reading as such', async () => {
    const deps = fakeDeps({ 3: { url: target.url } }, {});
    deps.send.mockImplementation(never);
    deps.clickReading.mockResolvedValue({ reading: { status: 'no-article', message: 'Too little text.' }, highlightsOn: true });
    await expect(loadView(deps, target, true)).resolves.toEqual({ view: { kind: 'no-article', message: 'Too little text.' }, highlights: null });
  });

  it("never takes a malformed answer for a reading: the page's report is shown", async () => {
    const deps = fakeDeps({ 3: { url: target.url } }, { 3: ok });
    deps.clickReading.mockResolvedValue({ reading: { status: 'ok', key: 'k1' }, highlightsOn: true });
    await expect(loadView(deps, target, true)).resolves.toMatchObject({ highlights: painted });
  });

  it('leaves the side panel to the page alone: it never asks the reader', async () => {
    const deps = fakeDeps({ 3: { url: target.url } }, { 3: ok });
    await loadView(deps, target, false);
    expect(deps.clickReading).not.toHaveBeenCalled();
  });

  it('the store then takes the final highlight counts from the page, once it has painted', async () => {
    const final: HighlightState = { enabled: true, painted: 7, unanchored: 1, method: 'highlight-api' };
    const deps = fakeDeps({ 3: { url: target.url } }, {});
    deps.send.mockImplementation(async (type: string) => (type === 'setHighlights' ? final : never()));
    deps.clickReading.mockResolvedValue({ reading: made, highlightsOn: true });
    const store = createPanelStore(deps, { surface: 'popup' });
    await store.getState().load('?tabId=3');
    expect(store.getState().view).toEqual({ kind: 'ready', analysis: sampleAnalysis });
    await vi.waitFor(() => expect(store.getState().highlights).toEqual(final));
    expect(deps.send).toHaveBeenCalledWith('setHighlights', { enabled: true }, 3);
  });
});
