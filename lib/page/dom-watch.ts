/**
 * Watches for content that changes after the analysis (late-loading article text, single-page-app
 * re-renders) and calls `onChange` once things have settled, debounced so a busy page costs little.
 */
export interface DomWatch {
  /** Watch everything under `target` (usually the body). */
  observe(target: Node): void;
  setDebounce(ms: number): void;
  stop(): void;
}

export interface DomWatchOptions {
  debounceMs?: number;
  /** Which text-changing mutations matter (e.g. those inside the article); all by default. */
  relevant?(record: MutationRecord): boolean;
  setTimeout?(handler: () => void, ms: number): unknown;
  clearTimeout?(id: unknown): void;
}

/** True when a mutation adds, removes or edits text (not just attributes or empty elements). */
function touchesText(record: MutationRecord): boolean {
  if (record.type === 'characterData') return true;
  const hasText = (n: Node) => (n.textContent ?? '').trim().length > 0;
  return Array.from(record.addedNodes).some(hasText) || Array.from(record.removedNodes).some(hasText);
}

export function createDomWatch(win: Window, onChange: () => void, options: DomWatchOptions = {}): DomWatch {
  let debounce = options.debounceMs ?? 800;
  const set = options.setTimeout ?? ((h, ms) => win.setTimeout(h, ms));
  const clear = options.clearTimeout ?? ((id) => win.clearTimeout(id as number));
  let timer: unknown = null;
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records) => {
    const relevant = records.some((r) => touchesText(r) && (options.relevant?.(r) ?? true));
    if (!relevant) return;
    if (timer !== null) clear(timer);
    timer = set(() => {
      timer = null;
      onChange();
    }, debounce);
  });
  return {
    observe(target) {
      observer.disconnect();
      observer.observe(target, { childList: true, subtree: true, characterData: true });
    },
    setDebounce(ms) {
      debounce = ms;
    },
    stop() {
      observer.disconnect();
      if (timer !== null) clear(timer);
      timer = null;
    },
  };
}

/** The deepest element containing every node given (the article's container in the live page). */
export function commonContainer(nodes: readonly Node[]): Element | null {
  if (!nodes.length) return null;
  let container: Node | null = nodes[0].parentNode;
  for (const node of nodes) {
    while (container && !container.contains(node)) container = container.parentNode;
  }
  return container && container.nodeType === 1 ? (container as Element) : null;
}
