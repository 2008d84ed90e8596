/**
 * Sentence segment starts of plain text (ASCII, Latin letters, the common quotes and dashes) by
 * the rules of Unicode sentence breaks (UAX #29, SB6–SB11) in one scan of character codes, answering
 * exactly as Intl.Segmenter with the root rules does (tests/lib/analysis/text/plain-segments.test.ts
 * compares them on random text). Intl.Segmenter costs a copy of its input per segment it returns,
 * the dearest step of sentence splitting; most news paragraphs hold only these characters. Any
 * other character (a line break, an ellipsis, another script) leaves the text to the segmenter.
 */

// Sentence_Break classes of the characters known here; 0 = unknown. Those that can end a sentence
// come first, so that one comparison passes over the other characters inside a sentence.
const SP = 1;
const ATERM = 2;
const STERM = 3;
const CLOSE = 4;
const LOWER = 5;
const UPPER = 6;
const NUMERIC = 7;
const SCONTINUE = 8;
const OTHER = 9;

const LIMIT = 0x2030;
const CLASS = new Uint8Array(LIMIT);
const put = (chars: string, k: number) => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = k;
};
for (let c = 0x21; c < 0x7f; c++) CLASS[c] = OTHER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = NUMERIC;
// Latin-1 letters: upper case U+00C0–U+00DE and lower case U+00DF–U+00FF, save × and ÷
for (let c = 0xc0; c <= 0xff; c++) CLASS[c] = c === 0xd7 || c === 0xf7 ? OTHER : c <= 0xde ? UPPER : LOWER;
// Latin Extended-A (Polish, Czech, Baltic names), by the Unicode case properties the classes follow
for (let c = 0x100; c <= 0x17f; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\p{Uppercase}/u.test(ch) ? UPPER : /\p{Lowercase}/u.test(ch) ? LOWER : 0;
}
put(' \u00a0', SP);
put('.', ATERM);
put('!?', STERM);
put('"\'()[]{}«»‘’“”', CLOSE);
put(',-:;–—', SCONTINUE);
put('…', OTHER); // an ellipsis ends no sentence for the segmenter (unlike the one-dot leader)

const isTerm = (k: number) => k === ATERM || k === STERM;

/** Starts of the sentence segments of `text` (the first being 0), or null when it holds a character not known here. */
export function plainSentenceStarts(text: string): number[] | null {
  const n = text.length;
  const starts: number[] = n ? [0] : [];
  // Where the text before index i stands: 0 outside a sentence end, 1 after a terminator and closers
  // (SATerm Close*), 2 after those and spaces (SATerm Close* Sp+).
  let ending = 0;
  let term = 0; // class of the last terminator
  let termAt = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < LIMIT ? CLASS[c] : 0;
    // inside a sentence only a terminator changes anything (this runs for every character)
    if (k >= LOWER && ending === 0) continue;
    if (k === 0) return null;
    if (ending && breaksBefore(text, i, k, ending, term, termAt)) starts.push(i);
    if (isTerm(k)) {
      ending = 1;
      term = k;
      termAt = i;
    } else if (k === CLOSE) ending = ending === 1 ? 1 : 0;
    else if (k === SP) ending = ending ? 2 : 0;
    else ending = 0;
  }
  return starts;
}

/** A break before `text[i]` (class `k`) after a sentence end: SB11, unless SB6–SB10 hold it back. */
function breaksBefore(text: string, i: number, k: number, ending: number, term: number, termAt: number): boolean {
  if (k === SCONTINUE || isTerm(k)) return false; // SB8a
  if (k === SP || (k === CLOSE && ending === 1)) return false; // SB9, SB10
  if (term === ATERM) {
    if (termAt === i - 1) {
      if (k === NUMERIC) return false; // SB6: "3.5"
      // SB7: "U.S" (a letter, the full stop, an upper-case letter)
      if (k === UPPER && i >= 2) {
        const before = classAt(text, i - 2);
        if (before === UPPER || before === LOWER) return false;
      }
    }
    // SB8: what follows, up to the first letter, terminator or unknown character, ends in a lower-case letter
    let j = i;
    let next = k;
    while (next !== LOWER && next !== UPPER && next !== 0 && !isTerm(next)) {
      if (++j >= text.length) return true;
      next = classAt(text, j);
    }
    if (next === LOWER) return false;
  }
  return true;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < LIMIT ? CLASS[c] : 0;
}
