/**
 * A cheap, conservative test for text that Intl.Segmenter cannot cut: Unicode sentence breaks
 * (UAX #29) fall only after a paragraph separator or after a full stop, `?`, `!` or another sentence
 * terminator. Text without any, or whose only ones end it (`…he said."`), is a single segment, so
 * headings, captions, list items and one-sentence paragraphs need no segmenter. Any character this
 * test does not know to be harmless sends the text to the segmenter.
 */

/** True when `code` can neither end a sentence nor separate paragraphs, as far as this test knows. */
function harmless(c: number): boolean {
  if (c < 0x80) return c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x0a && c !== 0x0d;
  // Latin-1, Latin Extended, IPA, modifiers and combining marks; U+0085 separates paragraphs.
  if (c < 0x370) return c !== 0x85;
  // General punctuation (quotes, dashes, spaces), save the one-dot leader, line/paragraph separators
  // and the double and question-exclamation marks.
  if (c >= 0x2000 && c <= 0x206f) return !(c === 0x2024 || c === 0x2026 || c === 0x2028 || c === 0x2029 || c === 0x203c || c === 0x203d || (c >= 0x2047 && c <= 0x2049));
  return false;
}

/** A terminator or a closing quote or bracket: what may follow the last terminator without a break. */
const isEnding = (c: number) =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d || c === 0xbb;

/**
 * True when `text` (or its part [from, to), read in place) is certainly one sentence segment for
 * Intl.Segmenter (false means: ask it).
 */
export function isSingleSegment(text: string, from = 0, to = text.length): boolean {
  const n = to;
  let i = from;
  while (i < n && harmless(text.charCodeAt(i))) i++;
  if (i === n) return true;
  // From the first terminator on: terminators and closers, then only spaces or tabs.
  while (i < n && isEnding(text.charCodeAt(i))) i++;
  while (i < n && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i === n;
}
