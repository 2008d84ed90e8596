/**
 * Letter classes spelled out as ranges (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai,
 * Georgian, Latin Extended Additional, CJK, Hangul). Unicode property classes such as \p{L} make V8 spend tens of
 * milliseconds compiling each regex, and the extension compiles them again on every page.
 */
const OTHER_SCRIPTS = '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u052f\\u0590-\\u06ff\\u0900-\\u0fff\\u10a0-\\u11ff\\u1e00-\\u1fff\\u3040-\\u9fff\\uac00-\\ud7af';
/** Any letter (inside a character class). */
export const LETTER = `A-Za-z${OTHER_SCRIPTS}`;
/** Upper-case letters, roughly: ASCII, Latin-1, Greek and Cyrillic capitals, Latin Extended (mixed). */
export const UPPER = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u024f\\u0391-\\u03a9\\u0400-\\u042f\\u1e00-\\u1efe';
/** A word character for boundaries. */
export const WORD = `[0-9_${LETTER}]`;
