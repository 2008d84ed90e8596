import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { EarlyStart } from './early-start';

export function renderPopup(early: EarlyStart): void {
  createRoot(document.getElementById('root')!).render(<App early={early} />);
}
