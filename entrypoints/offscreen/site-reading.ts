import type { PageHtml, SentReading } from '@/lib/messaging/background-protocol';
import { siteOf } from '@/lib/site-memory/article-key';
import { articleFingerprints } from '@/lib/site-memory/article-lines';
import { toKnowledgeData, type SiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { knowledgeFor, recordArticle } from '@/lib/site-memory/memory';
import type { SiteMemory } from '@/lib/site-memory/types';
import type { SafeItem } from '@/lib/storage/safe-item';

export type ReadWithKnowledge = (page: PageHtml, site?: SiteKnowledgeData) => SentReading | Promise<SentReading>;

/**
 * The background's side of the per-site memory: reads what the site's other articles taught, lets
 * the reader analyse with it, then remembers this article's lines. Only http(s) pages; everything
 * stays in the browser's local storage. Each article is recorded with `update`, one locked
 * read-change-write, so two tabs analysing at once, or the reader judging a line in the panel
 * meanwhile, never lose each other's changes.
 */
export function createSiteReading(store: Pick<SafeItem<SiteMemory>, 'getValue' | 'update'>, now: () => number = Date.now) {
  return async function readWithSiteMemory(page: PageHtml, read: ReadWithKnowledge): Promise<SentReading> {
    const site = siteOf(page.source);
    if (!site) return read(page);
    const knowledge = toKnowledgeData(knowledgeFor(await store.getValue(), site, page.source));
    const reading = await read(page, knowledge);
    if (reading.status === 'ok') {
      const fingerprints = articleFingerprints(reading.article);
      // A failed write (quota, extension reloaded) only means this article is not remembered.
      void store.update((memory) => recordArticle(memory, site, page.source, fingerprints, now())).catch(() => {});
    }
    return reading;
  };
}
