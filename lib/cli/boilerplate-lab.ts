/**
 * quotelens boilerplate lab: the boilerplate figures of the two large corpora in seconds, for iterating
 * on lib/analysis/boilerplate. `npm run eval` stays the measure of record (it runs the real CLI through
 * ../shared/eval's scorers); this reads the same pages, scores the same way, and explains what it sees.
 *
 *   npx tsx lib/cli/boilerplate-lab.ts [--set snippets|aeb|both] [--show surviving|mistakes|none] [--limit N]
 *
 * Extraction (happy-dom + Readability) is most of the CLI's time and does not change while the
 * boilerplate rules do, so each page's extracted article is kept in a cache under the system's temporary
 * folder, keyed by the extraction code's own text: a change to lib/extract or the CLI's readers makes a
 * new cache. Only findBoilerplate runs on every call.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { limitArticle } from '@/lib/analysis/analyze';
import { findBoilerplate } from '@/lib/analysis/boilerplate/find-boilerplate';
import type { ArticleText, Boilerplate } from '@/lib/analysis/types';
import { loadArticle } from './load-article';
import { scoreAeb, type AebPage } from './lab-aeb-score';
import { scoreSnippets, type SnippetPage } from './lab-snippets-score';

const root = resolve(import.meta.dirname, '../..');
const corpus = resolve(root, '../shared/corpus');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const set = option('--set', 'both');
const show = option('--show', 'none');
const limit = Number(option('--limit', '0'));

/** The CLI's readers: with lib/extract and the lockfile (Readability, happy-dom), the code whose output is cached. */
const READERS = ['decode.ts', 'input-error.ts', 'load-article.ts', 'parse-html.ts', 'read-input.ts', 'svg-raw-text.ts', 'windows-1252.ts'];

/** A key of the extraction code's own text: when any of it changes, the cache is a new one. */
function extractionKey(): string {
  const hash = createHash('sha1');
  const extract = join(root, 'lib/extract');
  const files = [
    ...readdirSync(extract).filter((name) => name.endsWith('.ts')).sort().map((name) => join(extract, name)),
    ...READERS.map((name) => join(root, 'lib/cli', name)),
    join(root, 'package-lock.json'),
  ];
  for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

const cacheDir = join(tmpdir(), `quotelens-lab-${extractionKey()}`);

/** The page's extracted article, from the cache or extracted now; null when the page holds none. */
async function article(file: string): Promise<ArticleText | null> {
  const cached = join(cacheDir, createHash('sha1').update(file).digest('hex') + '.json');
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as ArticleText | null;
  let result: ArticleText | null = null;
  try {
    result = await loadArticle(file);
  } catch {
    result = null;
  }
  writeFileSync(cached, JSON.stringify(result));
  return result;
}

export interface LabPage {
  article: ArticleText | null;
  boilerplate: Boilerplate[];
}

async function labPages(files: string[]): Promise<LabPage[]> {
  mkdirSync(cacheDir, { recursive: true });
  const pages: LabPage[] = [];
  for (const file of files) {
    const a = await article(file);
    pages.push({ article: a, boilerplate: a ? findBoilerplate(limitArticle(a)) : [] });
  }
  return pages;
}

async function runSnippets() {
  const dir = join(corpus, 'trafilatura-eval');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Omit<SnippetPage, 'url'>>;
  let entries = Object.entries(data).map(([url, v]) => ({ url, ...v }));
  if (limit) entries = entries.slice(0, limit);
  const started = performance.now();
  const pages = await labPages(entries.map((e) => join(dir, 'html', `${e.file}.gz`)));
  const report = scoreSnippets(entries, pages, show);
  console.log(`snippets ${entries.length} pages (${Math.round(performance.now() - started)} ms) | ${report}`);
}

async function runAeb() {
  const dir = join(corpus, 'aeb');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  let ids = Object.keys(truth).sort();
  if (limit) ids = ids.slice(0, limit);
  const started = performance.now();
  const pages = await labPages(ids.map((id) => join(dir, 'html', `${id}.html.gz`)));
  const entries: AebPage[] = ids.map((id) => ({ id, truth: truth[id].articleBody }));
  const report = scoreAeb(entries, pages, show);
  console.log(`aeb ${ids.length} pages (${Math.round(performance.now() - started)} ms) | ${report}`);
}

if (set === 'snippets' || set === 'both') await runSnippets();
if (set === 'aeb' || set === 'both') await runAeb();
