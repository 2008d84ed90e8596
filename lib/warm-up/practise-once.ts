import { PRACTICE_PAGE_HTML, PRACTICE_PAGE_URL } from './practice-page';

/** Reads a page as the real reader would (parse, Readability, analysis); its answer is thrown away. */
export type ReadPage = (page: { html: string; source: string }) => unknown;

export interface PractiseOptions {
  /** Runs the practice when the context is idle (requestIdleCallback where there is one). */
  whenIdle?: (run: () => void) => void;
  /** How many times to read the practice page, each in an idle moment of its own. */
  rounds?: number;
}

/**
 * One reading compiles the code, but the engine optimises a function only once it has run it a few
 * times: read once, the first real article still took its analysis 100-110 ms (aktualne, the sweep's
 * first page) against 15-30 ms once warm; after PRACTICE_ROUNDS readings, 31-35 ms.
 */
export const PRACTICE_ROUNDS = 4;

const idle = (run: () => void) => {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
  if (ric) ric(run, { timeout: 2000 });
  else setTimeout(run, 0);
};

/**
 * Reads the practice page a few times, each when the reading context is idle, so the reader's first
 * click finds the parser, Readability and the analysis compiled and optimised (issue 11: the first
 * click of a session took twice as long as the next). Returns `skip`: a real page arriving first ends
 * the practice, as it warms the same code. `done` tells whether every round ran. Never throws: a failed
 * practice only leaves the first click as slow as before.
 */
export function practiseOnce(read: ReadPage, options: PractiseOptions = {}): { skip(): void; done: Promise<boolean> } {
  const whenIdle = options.whenIdle ?? idle;
  const rounds = options.rounds ?? PRACTICE_ROUNDS;
  let skipped = false;
  const done = new Promise<boolean>((resolve) => {
    const round = (left: number) => {
      if (skipped) return resolve(false);
      try {
        read({ html: PRACTICE_PAGE_HTML, source: PRACTICE_PAGE_URL });
      } catch {
        return resolve(false);
      }
      if (left > 1) whenIdle(() => round(left - 1));
      else resolve(true);
    };
    whenIdle(() => round(rounds));
  });
  return { skip: () => void (skipped = true), done };
}
