import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PopupState, PopupStore } from '@/lib/popup/store';

/** The popup's store, provided once by the entrypoint (or by a test with a hand-made state). */
export const PopupStoreContext = createContext<PopupStore | null>(null);

/** Reads a slice of the popup store; components re-render only when their slice changes. */
export function usePopup<T>(selector: (state: PopupState) => T): T {
  const store = useContext(PopupStoreContext);
  if (!store) throw new Error('usePopup needs a PopupStoreContext provider');
  return useStore(store, selector);
}
