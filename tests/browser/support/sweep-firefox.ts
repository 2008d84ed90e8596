import type { Page } from 'puppeteer-core';
import { clickFirefoxAction, evaluateInChrome, openFirefoxPopup, sendFromExtensionPage, type FirefoxSession } from './firefox';
import type { SweepEdges } from './sweep-harness';
import { FOREIGN_RESOURCES } from './sweep-probe';

/**
 * An extension page to talk to the content script from (the real popup panel has no handle here): the
 * popup opened in a tab for a tab id of its own, so it reports on itself and injects nothing anywhere.
 */
export async function openMessenger(session: FirefoxSession): Promise<Page> {
  const messenger = await openFirefoxPopup(session, 999_999, `typeof browser === 'object' && !!document.querySelector('.popup')`);
  return messenger;
}

/** Closes the popup panel the click opened: left open, the next click would toggle it shut instead. */
async function closePanels(session: FirefoxSession): Promise<number> {
  return (await evaluateInChrome(
    session.browser,
    `(() => {
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      let closed = 0;
      for (const panel of win.document.querySelectorAll('panel')) {
        if (panel.state === 'open' || panel.state === 'showing') { panel.hidePopup(); closed++; }
      }
      return closed;
    })()`,
  )) as number;
}

/**
 * MOZ_DISABLE_NONLOCAL_CONNECTIONS makes every remote request fail, but only after about 5 s, which held
 * each page's load event that long. A proxy on a closed local port fails them at once, and resolves no
 * remote name either; 127.0.0.1 is never proxied.
 */
export async function failRemoteRequestsFast(session: FirefoxSession): Promise<void> {
  await evaluateInChrome(
    session.browser,
    `(() => {
      Services.prefs.setIntPref('network.proxy.type', 1);
      for (const kind of ['http', 'ssl']) {
        Services.prefs.setStringPref('network.proxy.' + kind, '127.0.0.1');
        Services.prefs.setIntPref('network.proxy.' + kind + '_port', 9);
      }
      Services.prefs.setBoolPref('network.proxy.allow_hijacking_localhost', false);
      return true;
    })()`,
  );
}

/**
 * Firefox's edges of the sweep: browserAction.triggerAction opens the real popup panel (no handle on
 * it here, so no popup stages), messages go from the messenger page, and there is no trace: Firefox
 * has neither 'longtask' nor 'long-animation-frame' entries, so the timer-gap bound is what is measured.
 */
export function firefoxEdges(session: FirefoxSession, messenger: Page): SweepEdges {
  return {
    browser: 'firefox',
    click: async (page, atTrigger) => ({ tabId: await clickFirefoxAction(session, page, atTrigger), popup: null }),
    send: (tabId, type, data) => sendFromExtensionPage(messenger, tabId, type, data),
    closePopup: async () => void (await closePanels(session)),
    extensionResources: async () => (await messenger.evaluate(FOREIGN_RESOURCES)) as string[],
  };
}
