/**
 * The runner `npm run instructions` counts under valgrind (bundled first, so that no module loader
 * runs beside it): a warm-up pass over every saved article, then `rounds` rounds over the chosen pages.
 *
 *   node runner.mjs ARTICLES.json ROUNDS [page,page,…]
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { ArticleText } from '@/lib/analysis/types';

const [file, rounds, pages] = process.argv.slice(2);
const saved = JSON.parse(readFileSync(file, 'utf8')) as { page: string; article: ArticleText }[];
const only = (pages ?? '').split(',').filter(Boolean);
let quotes = 0;
for (const { article } of saved) quotes += analyzeArticle(article).quotes.length;
const chosen = saved.filter((s) => !only.length || only.includes(s.page));
for (let r = 0; r < Number(rounds); r++) for (const { article } of chosen) quotes += analyzeArticle(article).quotes.length;
// printed so that no work can be dropped as unused
console.log(`quotes ${quotes}`);
