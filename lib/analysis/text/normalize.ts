/**
 * Text preparation: invisible characters (soft hyphens, zero-width marks, BOM) are removed and
 * non-breaking spaces become spaces, so "Pe\u00ADskov" reads as one word. `toOriginal` maps an offset
 * of the prepared text back to the article text, which every output span must index.
 */
export interface PreparedText {
  text: string;
  toOriginal(offset: number): number;
  fromOriginal(offset: number): number;
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACES = /[\u00A0\u2007\u202F]/g;
/** Either kind: most articles hold neither, and one scan of the whole text then settles it. */
const INVISIBLE_OR_SPACE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2007\u202F]/;

const unchanged = (text: string): PreparedText => ({ text, toOriginal: (offset) => offset, fromOriginal: (offset) => offset });

export function prepareText(original: string): PreparedText {
  if (!INVISIBLE_OR_SPACE.test(original)) return unchanged(original);
  if (!INVISIBLE.test(original)) return unchanged(original.replace(SPACES, ' '));
  // Only removals change offsets: keep, for each prepared index, its original index.
  const map = new Int32Array(original.length + 1);
  const back = new Int32Array(original.length + 1);
  let out = '';
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const invisible = c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
    back[i] = n;
    if (invisible) {
      out += original.slice(runStart, i);
      runStart = i + 1;
      continue;
    }
    map[n++] = i;
  }
  out += original.slice(runStart);
  map[n] = original.length;
  back[original.length] = n;
  const text = out.replace(SPACES, ' ');
  return {
    text,
    toOriginal: (offset) => map[Math.max(0, Math.min(offset, n))],
    fromOriginal: (offset) => back[Math.max(0, Math.min(offset, original.length))],
  };
}

/** Maps a half-open span of the prepared text back to the original (end stays exclusive). */
export function spanToOriginal(prepared: PreparedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const s = prepared.toOriginal(start);
    return { start: s, end: s };
  }
  return { start: prepared.toOriginal(start), end: prepared.toOriginal(end - 1) + 1 };
}
