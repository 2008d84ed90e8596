/**
 * What Quotelens remembers per site (hostname), in local storage only: fingerprints of lines (never
 * their text) with hashes of the article URLs they were seen on, and the reader's own verdicts.
 */

/** One remembered line: the site's article counter when last seen, and where it was seen. */
export interface LineRecord {
  seen: number;
  /** Hashes (articleKey) of distinct article URLs, newest last, at most MAX_URLS_PER_LINE. */
  urls: string[];
}

export interface SiteRecord {
  /** Time (ms) this site was last analysed or judged: the least recently used site goes first. */
  lastUsed: number;
  /** Counts the articles recorded; a line's `seen` is this counter's value then. */
  clock: number;
  /** Line fingerprint -> record. */
  lines: Record<string, LineRecord>;
  /** The reader's verdicts (fingerprint, true = boilerplate / false = content), oldest first. */
  verdicts: [string, boolean][];
}

export interface SiteMemory {
  sites: Record<string, SiteRecord>;
}

export const emptyMemory = (): SiteMemory => ({ sites: {} });

/**
 * Bounds. Three URLs per line, not two: the current article is left out when counting, and a line
 * must still show two others. The total keeps the stored value near 1 MB (~60 bytes a line), since
 * the whole item is read and written on every analysed page.
 */
export const LIMITS = {
  linesPerArticle: 300,
  linesPerSite: 3000,
  linesTotal: 20_000,
  sites: 200,
  verdictsPerSite: 500,
  urlsPerLine: 3,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };
