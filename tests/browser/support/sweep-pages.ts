import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repo's root: this file is tests/browser/support/ inside it. */
const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The shared corpus beside the repo (`../shared/corpus/readability`, as the CLI's eval and bench find
 * it), wherever the checkout lives; pages are read in place, never copied into the repo.
 */
export const CORPUS_ROOT = resolve(REPO_ROOT, '../shared/corpus/readability');

/** Throws a message that says where the corpus was looked for, instead of an ENOENT deep in a test. */
export function requireCorpus(root: string = CORPUS_ROOT): string {
  if (!existsSync(join(root, 'manifest.json'))) {
    throw new Error(`The shared corpus is missing: expected ${join(root, 'manifest.json')} (the shared folder beside the repo, ../shared/corpus/readability).`);
  }
  return root;
}

interface Manifest {
  core_news: string[];
  pages: Record<string, { source_bytes?: number; lang?: string }>;
}

const manifest = (): Manifest => JSON.parse(readFileSync(join(requireCorpus(), 'manifest.json'), 'utf8')) as Manifest;

/** Every core-news page of the manifest, in manifest order. */
export function coreNewsPages(): string[] {
  return [...manifest().core_news];
}

/**
 * A varied Firefox subset: the largest pages (where timing matters most), the smallest, and pages
 * spread over the languages in between, so several sizes, layouts and scripts are covered.
 */
export function variedSubset(count: number): string[] {
  const m = manifest();
  const bySize = [...m.core_news].sort((a, b) => (m.pages[b]?.source_bytes ?? 0) - (m.pages[a]?.source_bytes ?? 0));
  const picked = new Set<string>([...bySize.slice(0, 4), bySize[bySize.length - 1]]);
  const seenLangs = new Set([...picked].map((slug) => m.pages[slug]?.lang?.slice(0, 2)));
  for (const slug of bySize) {
    if (picked.size >= count) break;
    const lang = m.pages[slug]?.lang?.slice(0, 2);
    if (!seenLangs.has(lang)) {
      picked.add(slug);
      seenLangs.add(lang);
    }
  }
  // Fill up with pages evenly spaced through the size order.
  for (let i = 0; picked.size < count && i < bySize.length; i += 3) picked.add(bySize[i]);
  return m.core_news.filter((slug) => picked.has(slug));
}

export const pageBytes = (slug: string): number => manifest().pages[slug]?.source_bytes ?? 0;
