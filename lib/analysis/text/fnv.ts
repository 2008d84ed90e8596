/** FNV-1a, one UTF-16 code unit at a time, on signed 32-bit integers (for hash tables within one analysis). */

/** The FNV-1a offset basis: the hash of nothing. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** The hash `h` with the code unit `code` added. */
export const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);
