import { PRACTICE_PAGE_HTML, PRACTICE_PAGE_URL } from './practice-page';

/** Reads a page as the real reader would (parse, Readability, analysis); its answer is thrown away. */
export type ReadPage = (page: { html: string; source: string }) => unknown;

export interface PractiseOptions {
  /** Runs the practice when the context is idle (requestIdleCallback where there is one). */
  whenIdle?: (run: () => void) => void;
}

const idle = (run: () => void) => {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
  if (ric) ric(run, { timeout: 2000 });
  else setTimeout(run, 0);
};

/**
 * Reads the practice page once, when the reading context is idle, so the reader's first click finds
 * the parser, Readability and the analysis compiled (issue 11: the first click of a session took twice
 * as long as the next). Returns `skip`: a real page arriving first makes the practice pointless, as it
 * warms the same code. Never throws: a failed practice only leaves the first click as slow as before.
 */
export function practiseOnce(read: ReadPage, options: PractiseOptions = {}): { skip(): void; done: Promise<boolean> } {
  let skipped = false;
  const done = new Promise<boolean>((resolve) => {
    (options.whenIdle ?? idle)(() => {
      if (skipped) return resolve(false);
      skipped = true;
      try {
        read({ html: PRACTICE_PAGE_HTML, source: PRACTICE_PAGE_URL });
        resolve(true);
      } catch {
        resolve(false);
      }
    });
  });
  return { skip: () => void (skipped = true), done };
}
