/**
 * The site an article comes from, for the popup's header and the boilerplate rules that look for the
 * site naming itself ("Follow NBC Latino on…"). Where the page names no site (no og:site_name or the
 * like, which Readability reads), its host name stands in: "www.ctpost.com" reads as "ctpost.com".
 */

/** The host of an http(s) address without its "www.", or null (other schemes, placeholders, nonsense). */
export function hostName(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/^www\d?\./i, '').toLowerCase();
  // The CLI parses saved files at a placeholder address: that names no site.
  if (!host || host.endsWith('.invalid') || host === 'localhost' || !host.includes('.')) return null;
  return host;
}

/**
 * The page's own address as it states it (canonical link, og:url), else the document's address:
 * a page parsed away from its tab (the extension's offscreen document, a saved file) still says
 * where it lives.
 */
export function pageAddressHost(doc: Document): string | null {
  const stated = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i], meta[name="og:url" i]')?.getAttribute('content'),
    doc.querySelector('meta[name="twitter:url" i], meta[property="twitter:url" i]')?.getAttribute('content'),
  ];
  for (const address of stated) {
    const host = hostName(address?.trim());
    if (host) return host;
  }
  return hostName(doc.URL);
}

/** The site's name as the page gives it, else its host name, else null. */
export function siteNameOf(doc: Document, named: string | null): string | null {
  return named || pageAddressHost(doc);
}
