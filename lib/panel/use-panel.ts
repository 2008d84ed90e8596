import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PanelState, PanelStore } from '@/lib/panel/store';

/** The popup's store, provided once by the entrypoint (or by a test with a hand-made state). */
export const PanelStoreContext = createContext<PanelStore | null>(null);

/** Reads a slice of the popup store; components re-render only when their slice changes. */
export function usePanel<T>(selector: (state: PanelState) => T): T {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanel needs a PanelStoreContext provider');
  return useStore(store, selector);
}
