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
  /** What the site's other articles taught, for this page; undefined for a page of no site (a file). */
  async function knowledgeOf(source: string): Promise<SiteKnowledgeData | undefined> {
    const site = siteOf(source);
    return site ? toKnowledgeData(knowledgeFor(await store.getValue(), site, source)) : undefined;
  }
  /** Remembers this article's lines for the site's next articles. */
  function remember(source: string, reading: SentReading): void {
    const site = siteOf(source);
    if (!site || reading.status !== 'ok') return;
    const fingerprints = articleFingerprints(reading.article);
    // A failed write (quota, extension reloaded) only means this article is not remembered.
    void store.update((memory) => recordArticle(memory, site, source, fingerprints, now())).catch(() => {});
  }
  async function readWithSiteMemory(page: PageHtml, read: ReadWithKnowledge): Promise<SentReading> {
    const knowledge = await knowledgeOf(page.source);
    const reading = await (knowledge ? read(page, knowledge) : read(page));
    remember(page.source, reading);
    return reading;
  }
  // The two halves apart, for a reading made elsewhere (Chrome's offscreen document, asked directly).
  return Object.assign(readWithSiteMemory, { knowledgeOf, remember });
}
