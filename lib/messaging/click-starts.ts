/**
 * How long a click's injection waits for its popup to claim it. The popup asks within a few hundred
 * ms of the click; an unclaimed one (the popup failed to open) must not answer a later opening.
 */
export const CLAIM_WITHIN_MS = 10_000;

/** How long the click's injection waits before its one retry (see createClickStarts). */
export const RETRY_AFTER_MS = 50;

/**
 * The content-script injections the background starts on the toolbar click (issue 11): the page's
 * work then begins at the click, not after the popup has loaded, and the popup, once it runs,
 * takes that injection's outcome instead of injecting a second time (each injection compiles the
 * whole content script again in the page). The outcome is the same either way: resolved when the
 * script is in the page, or the browser's refusal, which the popup turns into its message.
 *
 * Chrome refuses an injection made at the very moment of the click now and then ("Cannot access
 * contents of the page", 2 clicks in 60 in a loop over the hostile pages) and allows it a moment
 * later: the click's access to the tab is not always in place when onClicked runs. So a refused
 * click injection is tried again after RETRY_AFTER_MS, and once more when the popup claims it; on a
 * page the browser really keeps us from, all three are refused and the popup says why.
 */
export interface ClickStarts {
  /** Starts injecting into the clicked tab. */
  start(tabId: number, inject: (tabId: number) => Promise<void>): void;
  /** The click's injection for the tab, once and only while fresh; else a new injection. */
  claim(tabId: number, inject: (tabId: number) => Promise<void>): Promise<void>;
}

export function createClickStarts(now: () => number = () => Date.now(), wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): ClickStarts {
  const started = new Map<number, { at: number; injected: Promise<void> }>();
  return {
    start(tabId, inject) {
      const injected = inject(tabId).catch(() => wait(RETRY_AFTER_MS).then(() => inject(tabId)));
      // Nobody may claim a refusal (a browser page): it must not surface as an unhandled rejection.
      injected.catch(() => undefined);
      started.set(tabId, { at: now(), injected });
    },
    claim(tabId, inject) {
      const click = started.get(tabId);
      started.delete(tabId);
      return click && now() - click.at <= CLAIM_WITHIN_MS ? click.injected.catch(() => inject(tabId)) : inject(tabId);
    },
  };
}
