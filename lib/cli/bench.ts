/**
 * quotelens bench: what the analysis costs next to Readability itself, on the real news pages of the
 * shared corpus, in one process with one DOM library (happy-dom), after a warm-up.
 *
 *   npm run bench [-- --runs 5 --corpus ../shared/corpus/readability]
 *
 * Per page: median time of Readability alone, of our extraction (Readability + block text), of the
 * analysis of the extracted text, and the ratios. Then the scaling of the analysis with article length
 * (1x, 10x, 100x of the longest article) to show the work stays linear.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { ArticleText } from '@/lib/analysis/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { decodeHtml } from './decode';
import { parseHtml } from './parse-html';
import { median, medianTime, ms } from './timing';
import { repeatArticle } from './repeat-article';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const runs = Number(option('--runs', '5'));
const corpus = resolve(option('--corpus', join(import.meta.dirname, '../../../shared/corpus/readability')));

interface Row {
  page: string;
  readability: number;
  extraction: number;
  analysis: number;
}

async function benchPage(page: string): Promise<{ row: Row; article: ArticleText } | null> {
  const file = join(corpus, page, 'source.html');
  if (!existsSync(file)) return null;
  const html = decodeHtml(readFileSync(file));
  const { document, close } = parseHtml(html);
  try {
    const readability = medianTime(() => void new Readability(document.cloneNode(true) as Document).parse(), runs);
    let article: ArticleText | null = null;
    const extraction = medianTime(() => void (article = extractArticle(document)), runs);
    const analysis = medianTime(() => void analyzeArticle(article!), runs);
    return { row: { page, readability, extraction, analysis }, article: article! };
  } catch {
    return null;
  } finally {
    await close();
  }
}

async function main() {
  if (!existsSync(corpus)) {
    console.error(`quotelens bench: corpus not found at ${corpus}`);
    process.exit(1);
  }
  const pages = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'source.html'))).sort();
  const rows: Row[] = [];
  let longest: ArticleText | null = null;
  console.log(`page                          readability   extraction   analysis   analysis/readability`);
  for (const page of pages) {
    const result = await benchPage(page);
    if (!result) {
      console.log(`${page.padEnd(30)}(no article)`);
      continue;
    }
    const { row, article } = result;
    rows.push(row);
    if (!longest || article.text.length > longest.text.length) longest = article;
    console.log(
      `${page.padEnd(30)}${ms(row.readability).padStart(11)}  ${ms(row.extraction).padStart(11)}  ${ms(row.analysis).padStart(9)}   ${(row.analysis / row.readability).toFixed(3)}`,
    );
  }
  const ratios = rows.map((r) => r.analysis / r.readability);
  const fullRatios = rows.map((r) => (r.extraction + r.analysis) / r.readability);
  const worst = rows[ratios.indexOf(Math.max(...ratios))];
  const slowest = rows.reduce((a, b) => (b.extraction + b.analysis > a.extraction + a.analysis ? b : a));
  console.log('');
  console.log(`pages: ${rows.length} of ${pages.length}, ${runs} runs each after a warm-up (median per page)`);
  console.log(`median Readability alone:            ${ms(median(rows.map((r) => r.readability)))}`);
  console.log(`median full (extraction + analysis): ${ms(median(rows.map((r) => r.extraction + r.analysis)))}`);
  console.log(`median analysis only:                ${ms(median(rows.map((r) => r.analysis)))}`);
  console.log(`ratio full / Readability alone:      median ${median(fullRatios).toFixed(3)}, worst ${Math.max(...fullRatios).toFixed(3)}`);
  console.log(`ratio analysis / Readability alone:  median ${median(ratios).toFixed(3)}, worst ${Math.max(...ratios).toFixed(3)} (${worst.page})`);
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
    const time = medianTime(() => void analyzeArticle(big, { maxChars: Infinity }), times === 100 ? 1 : 3);
    const perKChar = (time / big.text.length) * 1000;
    console.log(`  ${String(times).padStart(3)}x  ${String(big.text.length).padStart(9)} chars  ${ms(time).padStart(11)}  ${perKChar.toFixed(4)} ms per 1000 chars`);
  }
}

main();
