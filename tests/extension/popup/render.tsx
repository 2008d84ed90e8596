import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { PanelStoreContext } from '@/lib/panel/use-panel';
import type { PanelStore } from '@/lib/panel/store';

// Tells React this environment wraps updates in act(), so effects flush before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

/** Renders a tree under a given popup store, into a fresh container in the document. */
export async function renderWithStore(store: PanelStore, tree: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root;
  await act(async () => {
    root = createRoot(container);
    root.render(<PanelStoreContext.Provider value={store}>{tree}</PanelStoreContext.Provider>);
  });
  return {
    container,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Clicks an element inside act() so state updates land before the next assertion. */
export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
  });
}
