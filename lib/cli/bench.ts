/**
 * quotelens bench: what the analysis costs next to Readability itself, on the real news pages of the
 * shared corpus, in one process with one DOM library (happy-dom), after a warm-up.
 *
 *   npm run bench [-- --runs 5 --corpus ../shared/corpus/readability --pages keep-images,lwn-1]
 *
 * Per page: median time of Readability alone (parsing a clone of the page), of our extraction
 * (Readability + block text), of the analysis of the extracted text, and the ratios. Then the scaling
 * of the analysis with article length (1x, 10x, 100x of the longest article) to show the work stays linear.
 *
 * For stable medians on a shared machine: one untimed pass over every page first (so the first pages
 * do not pay for compiling code that the later ones find ready), the three tasks timed in turns after
 * two warm-up turns, and, when the runtime allows it, a full garbage collection before each page and
 * a young-generation one before each timed call (each task then pays for collecting its own garbage,
 * not for what the task before it left).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { ArticleText } from '@/lib/analysis/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { cliOption } from './cli-option';
import { corpusPages, READABILITY_CORPUS } from './corpus-pages';
import { decodeHtml } from './decode';
import { parseHtml } from './parse-html';
import { garbageCollector, interleavedMedians, median, medianTime, ms } from './timing';
import { repeatArticle } from './repeat-article';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => cliOption(args, name, fallback);
const runs = Number(option('--runs', '5'));
const WARM_UP_TURNS = 2;
const collectGarbage = garbageCollector();
const corpus = resolve(option('--corpus', READABILITY_CORPUS));

interface Row {
  page: string;
  readability: number;
  extraction: number;
  analysis: number;
  /** Analysis / Readability by median CPU time (wall time above). */
  cpuRatio: number;
}

/** Runs `work` on the parsed page, closing the page afterwards; null when the page is missing or fails. */
async function withPage<T>(page: string, work: (document: Document) => T): Promise<T | null> {
  const file = join(corpus, page, 'source.html');
  if (!existsSync(file)) return null;
  const html = decodeHtml(readFileSync(file));
  const { document, close } = parseHtml(html);
  try {
    return work(document);
  } catch {
    return null;
  } finally {
    await close();
  }
}

/** One untimed run of everything on the page. */
function warmUp(document: Document): void {
  new Readability(document.cloneNode(true) as Document).parse();
  const article = extractArticle(document);
  if (article) analyzeArticle(article);
}

function benchPage(page: string, document: Document): { row: Row; article: ArticleText } {
  let article: ArticleText | null = null;
  const { wall, cpu } = interleavedMedians(
    {
      readability: () => void new Readability(document.cloneNode(true) as Document).parse(),
      extraction: () => void (article = extractArticle(document)),
      analysis: () => void analyzeArticle(article!),
    },
    runs,
    WARM_UP_TURNS,
    collectGarbage?.young,
  );
  return { row: { page, ...wall, cpuRatio: cpu.analysis / cpu.readability }, article: article! };
}

async function main() {
  if (!existsSync(corpus)) {
    console.error(`quotelens bench: corpus not found at ${corpus}`);
    process.exit(1);
  }
  const only = option('--pages', '').split(',').filter(Boolean);
  const pages = corpusPages(corpus).filter((name) => !only.length || only.includes(name));
  const rows: Row[] = [];
  let longest: ArticleText | null = null;
  for (const page of pages) await withPage(page, warmUp);
  console.log(`page                          readability   extraction   analysis   analysis/readability   (by CPU time)`);
  for (const page of pages) {
    collectGarbage?.full();
    const result = await withPage(page, (document) => benchPage(page, document));
    if (!result) {
      console.log(`${page.padEnd(30)}(no article)`);
      continue;
    }
    const { row, article } = result;
    rows.push(row);
    if (!longest || article.text.length > longest.text.length) longest = article;
    console.log(
      `${page.padEnd(30)}${ms(row.readability).padStart(11)}  ${ms(row.extraction).padStart(11)}  ${ms(row.analysis).padStart(9)}   ${(row.analysis / row.readability).toFixed(3)}                  ${row.cpuRatio.toFixed(3)}`,
    );
  }
  const ratios = rows.map((r) => r.analysis / r.readability);
  const fullRatios = rows.map((r) => (r.extraction + r.analysis) / r.readability);
  const worst = rows[ratios.indexOf(Math.max(...ratios))];
  const slowest = rows.reduce((a, b) => (b.extraction + b.analysis > a.extraction + a.analysis ? b : a));
  console.log('');
  console.log(
    `pages: ${rows.length} of ${pages.length}, ${runs} runs each in turns after ${WARM_UP_TURNS} warm-up turns and a warm-up pass (median per page)${collectGarbage ? ', full GC before each page, young-generation GC before each timed call' : ''}`,
  );
  console.log(`median Readability alone:            ${ms(median(rows.map((r) => r.readability)))}`);
  console.log(`median full (extraction + analysis): ${ms(median(rows.map((r) => r.extraction + r.analysis)))}`);
  console.log(`median analysis only:                ${ms(median(rows.map((r) => r.analysis)))}`);
  console.log(`ratio full / Readability alone:      median ${median(fullRatios).toFixed(3)}, worst ${Math.max(...fullRatios).toFixed(3)}`);
  console.log(`ratio analysis / Readability alone:  median ${median(ratios).toFixed(3)}, worst ${Math.max(...ratios).toFixed(3)} (${worst.page})`);
  const cpuRatios = rows.map((r) => r.cpuRatio);
  const cpuWorst = rows[cpuRatios.indexOf(Math.max(...cpuRatios))];
  console.log(`  by CPU time (process, all threads): median ${median(cpuRatios).toFixed(3)}, worst ${Math.max(...cpuRatios).toFixed(3)} (${cpuWorst.page})`);
  console.log(`slowest page: ${slowest.page} (${ms(slowest.extraction + slowest.analysis)} full)`);
  if (longest) benchScaling(longest);
}

/**
 * The analysis of 1x, 10x and 100x the longest article, with the length cap lifted: linear work keeps
 * the time per character flat. (The extension itself analyses at most MAX_ANALYSED_CHARS.)
 */
function benchScaling(article: ArticleText) {
  console.log('');
  console.log(`scaling (analysis of the longest article, ${article.text.length} chars, repeated):`);
  for (const times of [1, 10, 100]) {
    const big = repeatArticle(article, times);
    collectGarbage?.full();
    const time = medianTime(() => void analyzeArticle(big, { maxChars: Infinity }), times === 100 ? 1 : 3);
    const perKChar = (time / big.text.length) * 1000;
    console.log(`  ${String(times).padStart(3)}x  ${String(big.text.length).padStart(9)} chars  ${ms(time).padStart(11)}  ${perKChar.toFixed(4)} ms per 1000 chars`);
  }
}

main();
