/**
 * quotelens instructions: what the analysis costs in CPU instructions, counted by valgrind instead of
 * timed. On a shared VM the bench's timings of one build vary by 30-50% from run to run; the count
 * varies by well under 1%, so it can tell a 2% change from noise. Needs valgrind (apt-get install valgrind).
 *
 *   npm run instructions [-- --rounds 20 --pages keep-images,la-nacion --corpus ../shared/corpus/readability]
 *
 * The corpus pages' articles are extracted once, natively. Then a runner (instructions-runner.ts) analyses each of them once
 * (warm-up) and the chosen pages `rounds` times more, under `valgrind --tool=cachegrind` with V8 on one
 * thread (so the compiler and the garbage collector, which otherwise run beside the analysis on helper
 * threads, are counted too, and run at the same points every time). The runner goes twice, with zero
 * rounds and with `rounds`: the difference per round is the count of one round, start-up left out.
 *
 * The count includes V8 optimising the analysis's functions while they become hot; `--by-part` prints
 * what share of the instructions went to the compiler, to the analysis's own code and to V8's builtins.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { ArticleText } from '@/lib/analysis/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { cliOption } from './cli-option';
import { corpusPages, READABILITY_CORPUS } from './corpus-pages';
import { decodeHtml } from './decode';
import { parseHtml } from './parse-html';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => cliOption(args, name, fallback);

interface Saved {
  page: string;
  article: ArticleText;
}

/** The articles of the corpus pages, extracted natively. */
async function extractAll(corpus: string): Promise<Saved[]> {
  const saved: Saved[] = [];
  for (const page of corpusPages(corpus)) {
    const { document, close } = parseHtml(decodeHtml(readFileSync(join(corpus, page, 'source.html'))));
    const article = extractArticle(document);
    if (article) saved.push({ page, article });
    await close();
  }
  return saved;
}

const COMPILER = /v8::internal::compiler::|v8::internal::Zone|turboshaft/;

/** The runner as one plain module (tsx's module loader, run under valgrind, would be counted too). */
function bundleRunner(dir: string): string {
  const outfile = join(dir, 'runner.mjs');
  buildSync({ entryPoints: [join(import.meta.dirname, 'instructions-runner.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return outfile;
}

/** Instructions of one runner under cachegrind, with the cachegrind file kept when `out` is given. */
function countRun(runner: string, file: string, rounds: number, pages: string, out: string): number {
  const run = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, '--single-threaded', runner, file, String(rounds), pages],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !refs) throw new Error(`valgrind run failed: ${(run.stderr ?? '').slice(-400)}`);
  return Number(refs[1].replaceAll(',', ''));
}

/**
 * Shares of the instructions between the zero-round and the full run (base.out, full.out in `dir`): V8's
 * compiler, the JIT code (unnamed), builtins, the rest.
 */
function partsOf(dir: string): string {
  const diff = join(dir, 'diff.out');
  writeFileSync(diff, execFileSync('cg_diff', [join(dir, 'base.out'), join(dir, 'full.out')], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const annotated = execFileSync('cg_annotate', ['--threshold=0', diff], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const parts = { compiler: 0, 'analysis code (JIT)': 0, builtins: 0, other: 0 };
  for (const line of annotated.split('\n')) {
    const m = /^\s*(-?[\d,]+)\s+\([^)]*\)\s+(\S.*)$/.exec(line);
    if (!m || m[2].startsWith('PROGRAM TOTALS')) continue;
    const n = Number(m[1].replaceAll(',', ''));
    if (COMPILER.test(m[2])) parts.compiler += n;
    else if (m[2] === '???:???') parts['analysis code (JIT)'] += n;
    else if (m[2].includes('Builtins_')) parts.builtins += n;
    else parts.other += n;
  }
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return Object.entries(parts).map(([k, v]) => `${k} ${((100 * v) / total).toFixed(1)}%`).join(', ');
}

async function main() {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('quotelens instructions: valgrind not found (apt-get install valgrind)');
    process.exit(1);
  }
  const corpus = resolve(option('--corpus', READABILITY_CORPUS));
  const rounds = Number(option('--rounds', '10'));
  const pages = option('--pages', '');
  const byPart = args.includes('--by-part');
  const dir = mkdtempSync(join(tmpdir(), 'quotelens-instructions-'));
  try {
    const saved = await extractAll(corpus);
    const file = join(dir, 'articles.json');
    writeFileSync(file, JSON.stringify(saved));
    const chosen = pages ? pages.split(',').filter((p) => saved.some((s) => s.page === p)) : saved.map((s) => s.page);
    const runner = bundleRunner(dir);
    const base = countRun(runner, file, 0, pages, byPart ? join(dir, 'base.out') : '/dev/null');
    const full = countRun(runner, file, rounds, pages, byPart ? join(dir, 'full.out') : '/dev/null');
    const perRound = (full - base) / rounds;
    console.log(`pages: ${chosen.length} (${pages || 'all'}), ${rounds} rounds after a warm-up pass over all ${saved.length}`);
    console.log(`instructions per round: ${(perRound / 1e6).toFixed(2)} M (${(perRound / 1e6 / chosen.length).toFixed(2)} M per page)`);
    if (byPart) console.log(`of which: ${partsOf(dir)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
