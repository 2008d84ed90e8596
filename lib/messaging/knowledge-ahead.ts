import type { SiteKnowledgeData } from '@/lib/site-memory/knowledge-data';

/** How long knowledge sent ahead stays good for the page it was sent for. */
export const AHEAD_FRESH_MS = 10_000;

/**
 * The per-site knowledge Chrome's service worker sends the offscreen document at the toolbar click,
 * for the clicked tab's address (issue 11). The document used to ask for it when the page's HTML
 * arrived, and the answer came through a worker busy with that same HTML and with a popup opening:
 * the analysis then waited on it (3-70 ms seen). Sent ahead, it is there before the page is.
 * Each sending serves one reading of that address; any other reading asks as before. Knowledge that
 * arrives after the reading it was sent for (which asked instead) is dropped: it would otherwise answer
 * the next reading of the address, such as the re-analysis after the reader's "Not boilerplate", with
 * what the site knew before that verdict.
 */
export interface KnowledgeAhead {
  put(source: string, site: SiteKnowledgeData | null): void;
  /** The knowledge sent for this address, once; undefined when none was sent (or it is stale). */
  take(source: string): SiteKnowledgeData | null | undefined;
}

export function createKnowledgeAhead(now: () => number = Date.now): KnowledgeAhead {
  let ahead: { source: string; site: SiteKnowledgeData | null; at: number } | null = null;
  // the last reading that found nothing sent ahead, and asked
  let missed: { source: string; at: number } | null = null;
  return {
    put(source, site) {
      if (missed && missed.source === source && now() - missed.at <= AHEAD_FRESH_MS) {
        missed = null;
        ahead = null;
        return;
      }
      ahead = { source, site, at: now() };
    },
    take(source) {
      if (!ahead || ahead.source !== source || now() - ahead.at > AHEAD_FRESH_MS) {
        missed = { source, at: now() };
        return undefined;
      }
      const { site } = ahead;
      ahead = null;
      missed = null;
      return site;
    },
  };
}
