/** The origin "run automatically" applies to: only ordinary web pages (http and https) qualify. */
export function autorunOrigin(pageUrl: string | null | undefined): string | null {
  if (!pageUrl) return null;
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
