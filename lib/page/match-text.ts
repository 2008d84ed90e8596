/**
 * Pure string matching for anchoring (no DOM): finds a needle in a haystack, preferring the
 * occurrence nearest to where we expect it, as Hypothesis's matchQuote prefers its position hint.
 */
export function findNearest(haystack: string, needle: string, hint: number): number {
  if (!needle) return -1;
  const after = haystack.indexOf(needle, Math.max(0, hint));
  const before = hint > 0 ? haystack.lastIndexOf(needle, Math.min(hint, haystack.length)) : -1;
  if (after < 0) return before;
  if (before < 0 || before === after) return after;
  return hint - before <= after - hint ? before : after;
}

/**
 * Finds `needle` at or after `from`, else anywhere: document order is the strongest hint we have
 * for blocks, because Readability keeps the page's order.
 */
export function findInOrder(haystack: string, needle: string, from: number): number {
  if (!needle) return -1;
  const next = haystack.indexOf(needle, Math.max(0, from));
  return next >= 0 ? next : haystack.indexOf(needle);
}

/** The same normalisation the text index applies, for strings (tests and span fallback). */
export function normaliseText(raw: string): string {
  return raw.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/[\s\u00A0]+/g, ' ');
}
