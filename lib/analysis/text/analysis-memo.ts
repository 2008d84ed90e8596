/**
 * Answers the stages of one analysis share (sentence segments, credit checks of a line): kept by
 * kind and text while `withAnalysisMemo` runs, forgotten when it returns, so nothing of the page stays
 * in memory and a stage called on its own computes everything itself.
 */
import { fnvStep } from './fnv';

/**
 * The answers of one kind, filed by a fingerprint of the key (see `fingerprint`), each fingerprint
 * holding its keys and answers in turn: [key, answer, key, answer, …].
 */
type Answers = Map<number, unknown[]>;

let memos: Map<string, Answers> | null = null;

/**
 * A cheap stand-in for the key's hash: its length and up to sixteen of its characters. Keys are whole
 * paragraphs, fresh slices every time, which a Map keyed by the string would hash character by
 * character on every first look-up; two keys sharing a fingerprint cost only a string comparison.
 */
function fingerprint(key: string): number {
  const n = key.length;
  let h = n;
  const step = (n >> 4) + 1;
  for (let i = 0; i < n; i += step) h = fnvStep(h, key.charCodeAt(i));
  return n ? fnvStep(h, key.charCodeAt(n - 1)) : h;
}

/** `compute()`, or what it gave for this kind and key earlier in the same analysis. */
export function memoized<T>(kind: string, key: string, compute: () => T): T {
  if (!memos) return compute();
  let answers = memos.get(kind);
  if (!answers) memos.set(kind, (answers = new Map()));
  const print = fingerprint(key);
  let filed = answers.get(print);
  if (filed) {
    // an `undefined` answer is simply computed again
    for (let i = 0; i < filed.length; i += 2) if (filed[i] === key && filed[i + 1] !== undefined) return filed[i + 1] as T;
  } else answers.set(print, (filed = []));
  const value = compute();
  filed.push(key, value);
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
