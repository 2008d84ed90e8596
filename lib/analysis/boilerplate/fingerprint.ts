/**
 * A short, stable key for a line, so the extension can remember lines per site without keeping page
 * text: case, punctuation, white space and digits are ignored ("© 2024 Daily" and "© 2025 Daily" are one
 * line). Two FNV-1a hashes with different seeds give 64 bits, enough to make collisions negligible in a
 * bounded per-site store.
 */
export function lineFingerprint(text: string): string {
  const norm = String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return hash(norm, 0x811c9dc5) + hash(norm, 0x01000193 ^ 0x5bd1e995);
}

function hash(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
