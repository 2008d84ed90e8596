/**
 * The 27 characters windows-1252 puts in the byte range 0x80-0x9F (curly quotes, dashes, the euro
 * sign...). Node 20's TextDecoder decodes that range as ISO-8859-1 control characters instead, which
 * would silently drop the curly quotation marks of legacy pages.
 */
const C1_TO_WINDOWS_1252: Record<number, string> = {
  0x80: '\u20AC', 0x82: '\u201A', 0x83: '\u0192', 0x84: '\u201E', 0x85: '\u2026', 0x86: '\u2020',
  0x87: '\u2021', 0x88: '\u02C6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
  0x8e: '\u017D', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '\u2022',
  0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02DC', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203A',
  0x9c: '\u0153', 0x9e: '\u017E', 0x9f: '\u0178',
};

/** Replaces C1 control characters left by a latin-1 style decode with their windows-1252 meaning. */
export function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => C1_TO_WINDOWS_1252[c.charCodeAt(0)] ?? c);
}
