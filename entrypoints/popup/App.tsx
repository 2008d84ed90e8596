import { useEffect, useState } from 'react';
import { Popup } from '@/components/Popup';
import { browserDeps } from '@/lib/panel/deps';
import { createPanelStore } from '@/lib/panel/store';
import { PanelStoreContext } from '@/lib/panel/use-panel';

/** Creates the store once and starts loading the report for the target tab. */
export function App() {
  const [store] = useState(() => createPanelStore(browserDeps()));
  useEffect(() => {
    void store.getState().load(location.search);
  }, [store]);
  return (
    <PanelStoreContext.Provider value={store}>
      <Popup />
    </PanelStoreContext.Provider>
  );
}
