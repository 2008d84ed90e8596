import { firstIndex } from '../text/first-index';

/**
 * Word and punctuation tokens of the prepared text, made once per article by one linear scan over
 * UTF-16 code units (character classes are looked up in a table filled lazily, so no regular
 * expression runs per token). Words keep inner apostrophes, hyphens, dots and ampersands
 * ("don’t", "Il-76", "U.S", "AT&T"); every other non-space character is a token of its own.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// class of a code unit: 1 space, 2 word character (letter, mark, digit), 3 other; 0 = not yet known
const CLASS = new Uint8Array(65536);
const UPPER = new Uint8Array(65536);
// 1 when lower-casing the code unit may change it (then the token's text is lower-cased as a whole)
const CASED = new Uint8Array(65536);
// one-character strings of punctuation, made once instead of per token ('' = not yet made), for the
// code units up to the general punctuation block; filled in advance so that the arrays stay dense (an
// array written at index 8212 first would turn into a slow dictionary)
const SINGLE_LIMIT = 0x2100;
const SINGLE: string[] = new Array<string>(SINGLE_LIMIT).fill('');
const SINGLE_LOWER: string[] = new Array<string>(SINGLE_LIMIT).fill('');
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const SPACE_RE = /\s/;
const UPPER_RE = /\p{Lu}/u;

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    // surrogate halves: treat as word characters (letters outside the BMP are rare in news)
    k = c >= 0xd800 && c <= 0xdfff ? 2 : SPACE_RE.test(ch) ? 1 : WORD_RE.test(ch) ? 2 : 3;
    CLASS[c] = k;
    UPPER[c] = UPPER_RE.test(ch) ? 1 : 0;
    CASED[c] = k === 2 && (c >= 0xd800 && c <= 0xdfff || ch.toLowerCase() !== ch) ? 1 : 0;
  }
  return k;
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x26;

/** French elided words: "l’", "d’", "qu’", "lorsqu’" before the word they lean on. */
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)$/i;

/**
 * `elides`: split an elided article or pronoun off the word it leans on ("l’Élysée" -> "l’", "Élysée"),
 * so that the word keeps its capital and can be a name.
 */
export function tokenize(text: string, elides = false): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === 1) {
      i++;
      continue;
    }
    const start = i;
    const first = text.charCodeAt(start);
    if (k === 2) {
      let cased = CASED[first];
      i++;
      for (;;) {
        for (let c: number; i < n && classOf((c = text.charCodeAt(i))) === 2; i++) cased |= CASED[c];
        const j = text.charCodeAt(i);
        if (elides && (j === 0x27 || j === 0x2019) && i - start <= 7 && i + 1 < n && classOf(text.charCodeAt(i + 1)) === 2 && ELIDED.test(text.slice(start, i))) {
          i++;
          break;
        }
        if (i + 1 < n && isJoiner(j) && classOf(text.charCodeAt(i + 1)) === 2) {
          cased |= CASED[text.charCodeAt(i + 1)];
          i += 2;
          continue;
        }
        break;
      }
      const t = text.slice(start, i);
      out.push({ start, end: i, text: t, lower: cased ? t.toLowerCase() : t, isWord: true, cap: UPPER[first] === 1 });
    } else {
      i++;
      out.push(punctuation(start, first));
    }
  }
  return out;
}

/** The token of the punctuation character `code` at `start`. */
function punctuation(start: number, code: number): Token {
  if (code >= SINGLE_LIMIT) {
    const t = String.fromCharCode(code);
    return { start, end: start + 1, text: t, lower: t.toLowerCase(), isWord: false, cap: false };
  }
  let t = SINGLE[code];
  if (t === '') {
    t = SINGLE[code] = String.fromCharCode(code);
    SINGLE_LOWER[code] = t.toLowerCase();
  }
  return { start, end: start + 1, text: t, lower: SINGLE_LOWER[code], isWord: false, cap: false };
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].start >= offset);
}
