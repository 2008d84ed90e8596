import type { PageHtml, PageReading } from '@/lib/messaging/background-protocol';
import { siteOf } from '@/lib/site-memory/article-key';
import { articleFingerprints } from '@/lib/site-memory/article-lines';
import { toKnowledgeData, type SiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { knowledgeFor, recordArticle } from '@/lib/site-memory/memory';
import type { SiteMemory } from '@/lib/site-memory/types';
import type { SafeItem } from '@/lib/storage/safe-item';

export type ReadWithKnowledge = (page: PageHtml, site?: SiteKnowledgeData) => PageReading | Promise<PageReading>;

/**
 * The background's side of the per-site memory: reads what the site's other articles taught, lets
 * the reader analyse with it, then remembers this article's lines. Only http(s) pages; everything
 * stays in the browser's local storage. Reads and writes of the memory go one at a time, so two
 * tabs analysing at once never lose each other's lines.
 */
export function createSiteReading(store: Pick<SafeItem<SiteMemory>, 'getValue' | 'setValue'>, now: () => number = Date.now) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  return async function readWithSiteMemory(page: PageHtml, read: ReadWithKnowledge): Promise<PageReading> {
    const site = siteOf(page.source);
    if (!site) return read(page);
    const knowledge = await serial(async () => toKnowledgeData(knowledgeFor(await store.getValue(), site, page.source)));
    const reading = await read(page, knowledge);
    if (reading.status === 'ok') {
      const fingerprints = articleFingerprints(reading.article);
      // A failed write (quota, extension reloaded) only means this article is not remembered.
      void serial(async () => store.setValue(recordArticle(await store.getValue(), site, page.source, fingerprints, now()))).catch(() => {});
    }
    return reading;
  };
}
