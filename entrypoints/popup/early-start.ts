import { findTargetTab, type TargetTab } from '@/lib/panel/active-tab';
import { browserDeps, type PanelDeps } from '@/lib/panel/deps';
import { loadView, type LoadDeps, type LoadResult } from '@/lib/panel/load-view';
import type { EarlyLoad } from '@/lib/panel/store';

/** The popup's first work, begun before React is loaded. */
export interface EarlyStart {
  /** Injects into `tabId`: the injection already under way when it is that tab, else a new one. */
  inject(tabId: number): Promise<void>;
  /** The target tab, its report and the corrections, asked for at once: the store's first load takes them. */
  first: Required<EarlyLoad>;
}

type EarlyDeps = LoadDeps & Pick<PanelDeps, 'tabs' | 'corrections'>;

/**
 * Starts the page's work the moment the popup's script runs, before React is even loaded (issue 11):
 * the injection (which the background's click handler has usually begun already) and the request for
 * the page's report, so the summary is on its way while React is fetched and compiled rather than
 * after its first render; and the corrections book, which the summary needs too. The store still decides what to show: it takes `first` as its first load
 * (restricted pages, refused injections and errors come out of loadView as they always do).
 */
export function startEarly(search: string, deps: EarlyDeps = browserDeps()): EarlyStart {
  const target: Promise<TargetTab | null> = findTargetTab(search, deps.tabs).catch(() => null);
  const injected = target.then((t) => (t ? deps.injectContentScript(t.tabId) : undefined));
  injected.catch(() => undefined);
  const inject = async (tabId: number) => ((await target)?.tabId === tabId ? injected : deps.injectContentScript(tabId));
  const view: Promise<LoadResult | null> = target.then((t) => (t ? loadView({ ...deps, injectContentScript: inject }, t, true) : null));
  // The reader's corrections, read meanwhile: the first paint needs to know this page has none.
  const book = deps.corrections.getValue().catch(() => null);
  return { inject, first: { target, view, book } };
}
