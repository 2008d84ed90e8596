import { isWordCode } from '../boilerplate/char-classes';

/*
 * Which characters of a sentence the word reader (word-ids.ts) can read as they stand, without the
 * NFKC and lower-case copy that `tokens` makes: most sentences of English and French pages.
 */

/** Latin-1 characters that NFKC replaces ("²" by "2", "ª" by "a", "½" by "1⁄2"); U+00A0 becomes a space, a non-word either way. */
const LATIN1_COMPATIBILITY = new Set([0xa8, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xb5, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * The code `tokens` reads for `c` after NFKC and lower case, for characters that both map one to one
 * and on their own: ASCII, Latin-1 save its compatibility forms, and the quotes, dashes and ellipsis
 * of news text (the ellipsis becomes "...", a non-word either way). -1 for any other character: the
 * sentence is then read from a folded copy. Most sentences of English and French pages read in place.
 */
export function inPlace(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c >= 0xc0 && c <= 0xff) return c <= 0xde && c !== 0xd7 ? c + 0x20 : c;
  if (c < 0xc0) return LATIN1_COMPATIBILITY.has(c) ? -1 : c;
  return c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x2026 ? c : -1;
}

/**
 * `inPlace` and `isWordCode` answered by one look-up, as the reader asks for every character of the
 * page: the lower-case letter, 0 for a non-word character, -1 for one that cannot be read in place
 * (as is every character past the table).
 */
export const IN_PLACE_LETTERS = Int32Array.from({ length: 0x2027 }, (_, c) => {
  const code = inPlace(c);
  return code < 0 ? -1 : isWordCode(code) ? code : 0;
});
