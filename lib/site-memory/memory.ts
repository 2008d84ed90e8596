import type { SiteKnowledge } from '@/lib/analysis/boilerplate/find-boilerplate';
import { articleKey } from './article-key';
import { emptyMemory, LIMITS, type Limits, type LineRecord, type SiteMemory, type SiteRecord } from './types';

const emptySite = (now: number): SiteRecord => ({ lastUsed: now, clock: 0, lines: {}, verdicts: [] });

/**
 * What the analysis may use for `currentUrl`: lines seen on at least two OTHER articles of the site
 * (the page itself never counts, so reloading an article teaches nothing), and the reader's verdicts.
 */
export function knowledgeFor(memory: SiteMemory, site: string, currentUrl: string): SiteKnowledge {
  const record = memory.sites[site];
  if (!record) return { repeatedLines: new Set(), verdicts: new Map() };
  const self = articleKey(currentUrl);
  const repeatedLines = new Set<string>();
  for (const [fingerprint, line] of Object.entries(record.lines)) {
    if (line.urls.filter((u) => u !== self).length >= 2) repeatedLines.add(fingerprint);
  }
  return { repeatedLines, verdicts: new Map(record.verdicts) };
}

/**
 * Keeps at most `linesPerArticle` distinct fingerprints of an article, from both ends, where a
 * site's repeated lines (promos, notices, bylines) sit; the middle of a long article is reporting.
 */
export function articleSample(fingerprints: readonly string[], limit: number = LIMITS.linesPerArticle): string[] {
  const distinct = [...new Set(fingerprints)];
  if (distinct.length <= limit) return distinct;
  const head = Math.floor(limit / 3);
  return [...distinct.slice(0, head), ...distinct.slice(distinct.length - (limit - head))];
}

/** Remembers that the article at `url` has these lines; returns the new memory (the old is untouched). */
export function recordArticle(
  memory: SiteMemory, site: string, url: string, fingerprints: readonly string[], now: number, limits: Limits = LIMITS,
): SiteMemory {
  const before = memory.sites[site] ?? emptySite(now);
  const clock = before.clock + 1;
  const key = articleKey(url);
  const lines: Record<string, LineRecord> = { ...before.lines };
  for (const fingerprint of articleSample(fingerprints, limits.linesPerArticle)) {
    const urls = lines[fingerprint]?.urls ?? [];
    const next = urls.includes(key) ? urls : [...urls, key].slice(-limits.urlsPerLine);
    lines[fingerprint] = { seen: clock, urls: next };
  }
  const record: SiteRecord = { ...before, lastUsed: now, clock, lines: trimLines(lines, limits.linesPerSite) };
  return prune({ sites: { ...memory.sites, [site]: record } }, site, limits);
}

/** Sets the reader's verdict on a line for this site (null removes it); it wins over every rule. */
export function setVerdict(
  memory: SiteMemory, site: string, fingerprint: string, verdict: boolean | null, now: number, limits: Limits = LIMITS,
): SiteMemory {
  const before = memory.sites[site] ?? emptySite(now);
  const verdicts = before.verdicts.filter(([f]) => f !== fingerprint);
  if (verdict !== null) verdicts.push([fingerprint, verdict]);
  const record: SiteRecord = { ...before, lastUsed: now, verdicts: verdicts.slice(-limits.verdictsPerSite) };
  return prune({ sites: { ...memory.sites, [site]: record } }, site, limits);
}

export function forgetSite(memory: SiteMemory, site: string): SiteMemory {
  if (!(site in memory.sites)) return memory;
  const sites = { ...memory.sites };
  delete sites[site];
  return { sites };
}

export const clearAll = (): SiteMemory => emptyMemory();

/** The site's lines cut to `limit`, least recently seen first out (then those seen on fewer articles). */
export function trimLines(lines: Record<string, LineRecord>, limit: number): Record<string, LineRecord> {
  const entries = Object.entries(lines);
  if (entries.length <= limit) return lines;
  entries.sort(([, a], [, b]) => b.seen - a.seen || b.urls.length - a.urls.length);
  return Object.fromEntries(entries.slice(0, limit));
}

const lineCount = (record: SiteRecord) => Object.keys(record.lines).length;

/**
 * Drops the least recently used sites beyond `limits.sites` or the total line budget; `keep` (the
 * site just used) is never dropped.
 */
export function prune(memory: SiteMemory, keep: string | null, limits: Limits = LIMITS): SiteMemory {
  const order = Object.entries(memory.sites).sort(([a, x], [b, y]) => (a === keep ? -1 : b === keep ? 1 : y.lastUsed - x.lastUsed));
  let total = 0;
  const kept: [string, SiteRecord][] = [];
  for (const [site, record] of order) {
    const lines = lineCount(record);
    // Once a site does not fit, every older one goes too (a small old site never outlives a newer one).
    if (site !== keep && (kept.length >= limits.sites || total + lines > limits.linesTotal)) break;
    kept.push([site, record]);
    total += lines;
  }
  return kept.length === order.length ? memory : { sites: Object.fromEntries(kept) };
}
