import { useEffect, useState } from 'react';
import { Popup } from '@/components/Popup';
import { browserDeps } from '@/lib/panel/deps';
import { watchCorrections } from '@/lib/panel/follow-tab';
import { createPanelStore } from '@/lib/panel/store';
import { PanelStoreContext } from '@/lib/panel/use-panel';

/** Creates the store once and starts loading the report for the target tab. */
export function App() {
  const [deps] = useState(() => browserDeps());
  const [store] = useState(() => createPanelStore(deps, { surface: 'popup' }));
  useEffect(() => {
    void store.getState().load(location.search);
    return watchCorrections(store, deps.corrections.watch);
  }, [store, deps]);
  return (
    <PanelStoreContext.Provider value={store}>
      <Popup />
    </PanelStoreContext.Provider>
  );
}
