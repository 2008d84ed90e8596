import { useEffect, useState } from 'react';
import { Popup } from '@/components/Popup';
import { browserDeps } from '@/lib/popup/deps';
import { createPopupStore } from '@/lib/popup/store';
import { PopupStoreContext } from '@/lib/popup/use-popup';

/** Creates the store once and starts loading the report for the target tab. */
export function App() {
  const [store] = useState(() => createPopupStore(browserDeps()));
  useEffect(() => {
    void store.getState().load(location.search);
  }, [store]);
  return (
    <PopupStoreContext.Provider value={store}>
      <Popup />
    </PopupStoreContext.Provider>
  );
}
