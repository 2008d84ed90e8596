/**
 * The site and the article key of a page URL. Only http(s) pages have a site. The key hashes the
 * origin and path (query and fragment dropped, so tracking parameters or anchors never make one
 * article count as two); the URL itself is not stored.
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
}

export function articleKey(url: string): string {
  let key = url;
  try {
    const parsed = new URL(url);
    key = `${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    // Not a URL: hash it as it is.
  }
  // 32 bits: a line keeps at most three keys, so a collision between them is negligible.
  return fnv(key, 0x811c9dc5);
}

function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
