import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { browserDeps } from '@/lib/panel/deps';
import { followActiveTab, watchCorrections } from '@/lib/panel/follow-tab';
import { onTabReady } from '@/lib/panel/panel-messages';
import { createPanelStore } from '@/lib/panel/store';
import { PanelStoreContext } from '@/lib/panel/use-panel';

/** The side panel (Chrome) or sidebar (Firefox): the popup's summary, following the active tab. */
export function App() {
  const [deps] = useState(() => browserDeps());
  const [store] = useState(() => createPanelStore(deps, { surface: 'sidepanel' }));
  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    void store.getState().load(location.search);
    const unwatch = watchCorrections(store, deps.corrections.watch);
    // An explicit ?tabId= (browser tests) pins the panel to that tab.
    if (!new URLSearchParams(location.search).has('tabId')) {
      void browser.windows.getCurrent().then((win) => {
        if (cancelled) return;
        stop = followActiveTab(store, { windowId: win.id ?? null, onActivated: browser.tabs.onActivated, onUpdated: browser.tabs.onUpdated, onTabReady });
      });
    } else {
      stop = followActiveTab(store, { windowId: null, onActivated: { addListener() {}, removeListener() {} }, onUpdated: browser.tabs.onUpdated, onTabReady });
    }
    return () => {
      cancelled = true;
      stop();
      unwatch();
    };
  }, [store, deps]);
  return (
    <PanelStoreContext.Provider value={store}>
      <Popup />
    </PanelStoreContext.Provider>
  );
}
