/**
 * One clock for the page, the background and the popup: epoch milliseconds to a fraction of a ms
 * (performance.timeOrigin is the context's start in epoch ms). Date.now() would do across contexts
 * too, but only to the whole millisecond.
 */
export function epochNow(perf: Pick<Performance, 'timeOrigin' | 'now'> = performance): number {
  return perf.timeOrigin + perf.now();
}
