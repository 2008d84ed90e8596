import { useEffect, useLayoutEffect, useState } from 'react';
import { Popup } from '@/components/Popup';
import { browserDeps } from '@/lib/panel/deps';
import { watchCorrections } from '@/lib/panel/follow-tab';
import { createPanelStore } from '@/lib/panel/store';
import { PanelStoreContext, usePanel } from '@/lib/panel/use-panel';
import type { EarlyStart } from './early-start';

/**
 * Creates the store once and loads the report for the target tab (`early`: the injection and load
 * main.tsx began). `onSettled`: called once, right after the first commit that is not "loading" and
 * before the browser paints it (render.tsx then puts the panel in the page).
 */
export function App({ early, onSettled }: { early?: EarlyStart; onSettled?: () => void }) {
  // The injection the popup's first lines started is the one the store waits for.
  const [deps] = useState(() => ({ ...browserDeps(), ...(early ? { injectContentScript: early.inject } : {}) }));
  const [store] = useState(() => createPanelStore(deps, { surface: 'popup' }));
  useEffect(() => {
    void store.getState().load(location.search, early?.first);
    return watchCorrections(store, deps.corrections.watch);
  }, [store, deps]);
  return (
    <PanelStoreContext.Provider value={store}>
      <Popup />
      {onSettled ? <WhenSettled then={onSettled} /> : null}
    </PanelStoreContext.Provider>
  );
}

function WhenSettled({ then }: { then: () => void }) {
  const settled = usePanel((s) => s.view.kind !== 'loading');
  useLayoutEffect(() => {
    if (settled) then();
  }, [settled, then]);
  return null;
}
