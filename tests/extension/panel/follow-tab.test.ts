import { describe, expect, it, vi } from 'vitest';
import { followActiveTab, watchCorrections, type TabEvents } from '@/lib/panel/follow-tab';
import { createPanelStore } from '@/lib/panel/store';
import { sampleAnalysis } from '../popup/sample-analysis';
import { fakeDeps, painted } from './fake-deps';

/** A tiny event source with the addListener/removeListener shape of browser events. */
function emitter<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => void>();
  return {
    addListener: (cb: (...args: A) => void) => void listeners.add(cb),
    removeListener: (cb: (...args: A) => void) => void listeners.delete(cb),
    fire: (...args: A) => listeners.forEach((cb) => cb(...args)),
    get size() {
      return listeners.size;
    },
  };
}

function setup() {
  const deps = fakeDeps({ 1: {}, 2: {} }, { 1: { status: 'ok', analysis: sampleAnalysis, highlights: painted }, 2: undefined });
  const store = createPanelStore(deps, { surface: 'sidepanel', tabId: 1 });
  const loadTab = vi.spyOn(store.getState(), 'loadTab');
  store.setState({ loadTab });
  const onActivated = emitter<[{ tabId: number; windowId: number }]>();
  const onUpdated = emitter<[number, { status?: string }]>();
  const ready = emitter<[number]>();
  const events: TabEvents = {
    windowId: 10,
    onActivated,
    onUpdated,
    onTabReady: (cb) => (ready.addListener(cb), () => ready.removeListener(cb)),
  };
  const stop = followActiveTab(store, events);
  return { store, loadTab, onActivated, onUpdated, ready, stop };
}

describe('followActiveTab', () => {
  it.each([
    ['a tab activated in this window', (s: ReturnType<typeof setup>) => s.onActivated.fire({ tabId: 2, windowId: 10 }), [2]],
    ['a tab activated in another window', (s: ReturnType<typeof setup>) => s.onActivated.fire({ tabId: 2, windowId: 11 }), []],
    ['the followed tab finished loading', (s: ReturnType<typeof setup>) => s.onUpdated.fire(1, { status: 'complete' }), [1]],
    ['the followed tab started loading', (s: ReturnType<typeof setup>) => s.onUpdated.fire(1, { status: 'loading' }), []],
    ['another tab finished loading', (s: ReturnType<typeof setup>) => s.onUpdated.fire(2, { status: 'complete' }), []],
    ['the popup set up the followed tab', (s: ReturnType<typeof setup>) => s.ready.fire(1), [1]],
    ['the popup set up another tab', (s: ReturnType<typeof setup>) => s.ready.fire(2), []],
  ])('reloads on %s: %j', (_, act, expected) => {
    const s = setup();
    act(s);
    expect(s.loadTab.mock.calls.map((c) => c[0])).toEqual(expected);
  });

  it('stops listening when told to', () => {
    const s = setup();
    s.stop();
    expect([s.onActivated.size, s.onUpdated.size, s.ready.size]).toEqual([0, 0, 0]);
  });
});

describe('watchCorrections', () => {
  it('applies a book stored by the other surface', () => {
    const store = createPanelStore(fakeDeps({}, {}), { view: { kind: 'ready', analysis: sampleAnalysis } });
    const watchers: ((book: never) => void)[] = [];
    watchCorrections(store, (cb) => (watchers.push(cb as never), () => {}));
    const q = sampleAnalysis.quotes[0];
    watchers[0]({
      pages: { [sampleAnalysis.source]: { at: 1, items: [{ action: 'dismiss', quote: { id: q.id, start: q.start, end: q.end, text: q.text } }] } },
    } as never);
    expect(store.getState().corrected?.dismissed.map((d) => d.id)).toEqual([q.id]);
  });
});
