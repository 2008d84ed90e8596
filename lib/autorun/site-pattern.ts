/**
 * The match pattern for one site's pages ("https://news.example/*"), or null for origins Quotelens
 * never runs on by itself (anything but http and https, opaque origins).
 */
export function sitePattern(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  // Match patterns carry no port: a host is granted on every port.
  return `${url.protocol}//${url.hostname}/*`;
}

/** A registered script's id for a site; only letters, digits, dots and dashes. */
export function autorunScriptId(pattern: string): string {
  return `quotelens-autorun-${pattern.replace(/^(https?):\/\//, '$1-').replace(/\/\*$/, '').replace(/[^a-zA-Z0-9.-]/g, '-')}`;
}
