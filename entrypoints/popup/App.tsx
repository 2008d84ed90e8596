import { useEffect, useState } from 'react';
import { Popup } from '@/components/Popup';
import { browserDeps } from '@/lib/panel/deps';
import { watchCorrections } from '@/lib/panel/follow-tab';
import { createPanelStore } from '@/lib/panel/store';
import { PanelStoreContext } from '@/lib/panel/use-panel';
import type { EarlyStart } from './early-start';
import { markWhenShown } from './timing-marks';

/** Creates the store once and loads the report for the target tab (`early`: the injection and load main.tsx began). */
export function App({ early }: { early?: EarlyStart }) {
  // The injection the popup's first lines started is the one the store waits for.
  const [deps] = useState(() => ({ ...browserDeps(), ...(early ? { injectContentScript: early.inject } : {}) }));
  const [store] = useState(() => createPanelStore(deps, { surface: 'popup' }));
  useEffect(() => {
    const unmark = markWhenShown(store);
    void store.getState().load(location.search, early?.first);
    const unwatch = watchCorrections(store, deps.corrections.watch);
    return () => (unmark(), unwatch());
  }, [store, deps]);
  return (
    <PanelStoreContext.Provider value={store}>
      <Popup />
    </PanelStoreContext.Provider>
  );
}
