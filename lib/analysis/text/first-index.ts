/**
 * Binary search over a sorted list: the first index in [0, length) where `reached(index)` holds, or
 * `length` when it never does. `reached` must be false and then true along the list (e.g. "this
 * span ends after the offset" over spans in text order). O(log n) calls.
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
