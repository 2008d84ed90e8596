// Pages that print several full articles one after another (a topic page, an infinite-scroll list)
// send Readability to whichever article scores best, often not the one the page is about: correctiv.org
// printed the headline of one article over the body of the next. The page says which one it is about
// in its canonical link (or og:url); the article element that carries that address is the article.

/** The path of the page's canonical address without its slashes at either end, lower case, or null. */
function canonicalPath(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content');
  if (!href) return null;
  let path: string;
  try {
    path = new URL(href, 'http://page.invalid/').pathname;
  } catch {
    return null;
  }
  const trimmed = decodeURIComponent(path).replace(/^\/+|\/+$/g, '').toLowerCase();
  return trimmed || null;
}

/** The article element's own id or data attributes name the canonical path (or its last segment). */
function namesPath(article: Element, path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  for (const attr of Array.from(article.attributes)) {
    if (attr.name !== 'id' && !attr.name.startsWith('data-')) continue;
    const value = attr.value.trim().replace(/^\/+|\/+$/g, '').toLowerCase();
    if (!value || value.length < 8) continue;
    if (value === last || value === path || path.endsWith(`/${value}`) || value.endsWith(`/${path}`)) return true;
  }
  return false;
}

/**
 * Removes every other `<article>` from `doc` (a clone: the caller's copy for Readability) when the page
 * holds several and exactly one of them is named by the canonical address. Leaves the page as it is
 * otherwise: a single article, nested articles (comments), or no article naming the address.
 */
export function keepCanonicalArticle(doc: Document): void {
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length < 2) return;
  const path = canonicalPath(doc);
  if (!path) return;
  const named = articles.filter((a) => namesPath(a, path));
  if (named.length !== 1) return;
  const keep = named[0];
  for (const a of articles) {
    // an article inside the kept one (a quoted post) or holding it stays
    if (a === keep || keep.contains(a) || a.contains(keep)) continue;
    a.remove();
  }
}
