/**
 * Answers the stages of one analysis share (sentence segments, credit checks of a line): kept by
 * kind and text while `withAnalysisMemo` runs, forgotten when it returns, so nothing of the page stays
 * in memory and a stage called on its own computes everything itself.
 */

let memos: Map<string, Map<string, unknown>> | null = null;

/** `compute()`, or what it gave for this kind and key earlier in the same analysis. */
export function memoized<T>(kind: string, key: string, compute: () => T): T {
  if (!memos) return compute();
  let byKey = memos.get(kind);
  if (!byKey) memos.set(kind, (byKey = new Map()));
  // One lookup per call (keys are whole lines); an `undefined` answer is simply computed again.
  const known = byKey.get(key) as T | undefined;
  if (known !== undefined) return known;
  const value = compute();
  byKey.set(key, value);
  return value;
}

/** Runs `work` with answers shared across its calls, and forgets them afterwards. */
export function withAnalysisMemo<T>(work: () => T): T {
  if (memos) return work();
  memos = new Map();
  try {
    return work();
  } finally {
    memos = null;
  }
}
