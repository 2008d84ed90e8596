/** Why the browser will not let an extension script a page. */
export type RestrictionReason = 'browser-page' | 'web-store' | 'file-access' | 'no-access';

// Schemes that belong to the browser itself or to extensions: scripting them always fails.
const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:',
  'data:', 'blob:', 'javascript:', 'filesystem:',
]);

// Add-on stores where Chrome and Firefox refuse content scripts from any extension.
const STORE_PREFIXES = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/**
 * Decides from the URL alone whether Quotelens can run on a tab, so the popup can explain it
 * instead of showing an injection error. An unknown URL (no permission to see it) is not
 * judged here: the injection attempt decides.
 */
export function restrictionOf(url: string | undefined, fileAccessAllowed = false): RestrictionReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:') return fileAccessAllowed ? null : 'file-access';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  const inStore = STORE_PREFIXES.some((s) => host === s.host && parsed.pathname.startsWith(s.path));
  return inStore ? 'web-store' : null;
}

// Messages Chrome and Firefox give when injection is refused for lack of access.
const ACCESS_ERRORS = [
  /cannot access/i,
  /cannot be scripted/i,
  /missing host permission/i,
  /extensions gallery/i,
  /permission to access/i,
  /no access/i,
];

/** True when an injection error means "not allowed here" rather than a bug. */
export function isAccessError(message: string): boolean {
  return ACCESS_ERRORS.some((re) => re.test(message));
}
