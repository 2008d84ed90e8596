import { prune, trimLines } from './memory';
import { LIMITS, type LineRecord, type SiteMemory, type SiteRecord } from './types';
import { isObject, isOffset as isCount } from '@/lib/shapes';

const FINGERPRINT = /^[0-9a-f]{16}$/;
const URL_KEY = /^[0-9a-f]{8}$/;
const MAX_SITE_CHARS = 253;

function parseLine(raw: unknown): LineRecord | null {
  if (!isObject(raw) || !isCount(raw.seen) || !Array.isArray(raw.urls)) return null;
  const urls = raw.urls.filter((u): u is string => typeof u === 'string' && URL_KEY.test(u));
  return urls.length ? { seen: raw.seen, urls: [...new Set(urls)].slice(-LIMITS.urlsPerLine) } : null;
}

function parseSite(raw: unknown): SiteRecord | null {
  if (!isObject(raw) || !isCount(raw.lastUsed) || !isCount(raw.clock) || !isObject(raw.lines) || !Array.isArray(raw.verdicts)) return null;
  const lines: Record<string, LineRecord> = {};
  for (const [fingerprint, value] of Object.entries(raw.lines)) {
    const line = FINGERPRINT.test(fingerprint) ? parseLine(value) : null;
    if (line) lines[fingerprint] = line;
  }
  const verdicts = raw.verdicts.filter(
    (v): v is [string, boolean] => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && FINGERPRINT.test(v[0]) && typeof v[1] === 'boolean',
  );
  return {
    lastUsed: raw.lastUsed, clock: raw.clock,
    lines: trimLines(lines, LIMITS.linesPerSite),
    verdicts: verdicts.slice(-LIMITS.verdictsPerSite).map(([f, b]) => [f, b]),
  };
}

/**
 * The stored memory if it has the right overall shape, else null (the storage item then gives an
 * empty memory). Damaged sites, lines or verdicts inside a good shape are dropped one by one, and
 * the bounds are applied again, so a hand-edited value can neither break nor bloat the analysis.
 */
export function parseSiteMemory(raw: unknown): SiteMemory | null {
  if (!isObject(raw) || !isObject(raw.sites)) return null;
  const sites: Record<string, SiteRecord> = {};
  for (const [name, value] of Object.entries(raw.sites)) {
    const site = name.length <= MAX_SITE_CHARS ? parseSite(value) : null;
    if (site) sites[name] = site;
  }
  return prune({ sites }, null);
}
