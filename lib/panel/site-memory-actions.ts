import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
import { siteOf } from '@/lib/site-memory/article-key';
import { clearAll, forgetSite, setVerdict } from '@/lib/site-memory/memory';
import type { SiteMemory } from '@/lib/site-memory/types';
import type { SafeItem } from '@/lib/storage/safe-item';
import { siteMemory } from '@/lib/storage/items';

export interface SiteMemoryDeps {
  siteMemory: Pick<SafeItem<SiteMemory>, 'update'>;
  now(): Date;
}

export type SiteMemoryChange = 'site' | 'all';

const itemOf = (deps: Partial<SiteMemoryDeps>) => deps.siteMemory ?? siteMemory;

/** Stores the reader's verdict on a line (or each line of a run) of the page at `url` for its whole site (only http(s) pages have one). */
export async function judgeLine(deps: Partial<SiteMemoryDeps> & Pick<SiteMemoryDeps, 'now'>, url: string, text: string, boilerplate: boolean): Promise<void> {
  const site = siteOf(url);
  if (!site) throw new Error('no site');
  const item = itemOf(deps);
  // A listed item may span several lines (a run of menu links): each line gets the verdict.
  const lines = text.split(/[\r\n]+/).map((line) => line.trim()).filter(Boolean);
  const at = deps.now().getTime();
  await item.update((memory) => lines.reduce((current, line) => setVerdict(current, site, lineFingerprint(line), boilerplate, at), memory));
}

/** Forgets what was learnt on the site of `url`, or on every site. */
export async function siteMemoryChange(deps: Partial<SiteMemoryDeps>, url: string, change: SiteMemoryChange): Promise<void> {
  const item = itemOf(deps);
  if (change === 'all') return void (await item.update(() => clearAll()));
  const site = siteOf(url);
  if (site) await item.update((memory) => forgetSite(memory, site));
}
