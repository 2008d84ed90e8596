/**
 * quotelens analyze: the extension's analysis over saved pages and URLs.
 *
 *   npm run analyze -- [FILE_OR_URL...] [--jsonl] [--format json|md|text] [--timeout SECONDS] [--recursive]
 *
 * With no input it analyses the sample page kept in the repo. Files may be gzipped (`page.html.gz`);
 * a file that is not text (a PDF, an image, bytes with NULs) is refused with one line. A directory is
 * refused unless --recursive, which analyses every .html/.htm/.txt(.gz) file under it. A bad input gives one line on stderr
 * (and an error record with --jsonl); the others go on, and the exit status is 1 when any failed.
 * In a --jsonl batch a page that holds no article is an answer, not a failure: its record says
 * `"kind": "no-article"` and it does not change the exit status (the evaluation harnesses feed whole
 * corpora, some pages of which are not articles); a single page with no article still exits 1.
 * Each input runs on a worker thread with a time limit, so one pathological file cannot stall a batch.
 */
import { fileURLToPath } from 'node:url';
import type { Analysis } from '@/lib/analysis/types';
import { AnalysisRunner } from './analysis-runner';
import { describeFailure } from './describe-failure';
import { expandInputs } from './expand-inputs';
import { formatMarkdown } from './format-markdown';
import { formatCleanText } from './format-text';
import { InputError } from './load-article';

export const SAMPLE_PAGE = fileURLToPath(new URL('../../tests/fixtures/seed/article.html', import.meta.url));

type Format = 'json' | 'jsonl' | 'md' | 'text';

interface Options {
  inputs: string[];
  format: Format;
  timeoutMs: number;
  recursive: boolean;
}

const USAGE = 'usage: npm run analyze -- [FILE_OR_URL...] [--jsonl] [--format json|md|text] [--timeout SECONDS] [--recursive]';

function parseArgs(argv: string[]): Options {
  const inputs: string[] = [];
  let format: Format = 'json';
  let timeoutMs = 60_000;
  let recursive = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') format = 'jsonl';
    else if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'json' && value !== 'md' && value !== 'text' && value !== 'jsonl') throw new InputError(`unknown format "${value ?? ''}"; ${USAGE}`);
      format = value;
    } else if (arg === '--timeout') {
      const seconds = Number(argv[++i]);
      if (!(seconds > 0)) throw new InputError(`--timeout takes a number of seconds; ${USAGE}`);
      timeoutMs = seconds * 1000;
    } else if (arg === '--recursive' || arg === '-r') recursive = true;
    else if (arg === '--help' || arg === '-h') throw new InputError(USAGE);
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}; ${USAGE}`);
    else inputs.push(arg);
  }
  return { inputs: inputs.length ? inputs : [SAMPLE_PAGE], format, timeoutMs, recursive };
}

function render(analysis: Analysis, format: Format): string {
  if (format === 'jsonl') return JSON.stringify(analysis);
  if (format === 'md') return formatMarkdown(analysis);
  if (format === 'text') return formatCleanText(analysis);
  return JSON.stringify(analysis, null, 2);
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(describeFailure('', error));
    return 2;
  }
  let failures = 0;
  const runner = new AnalysisRunner(options.timeoutMs);
  try {
    for (const entry of expandInputs(options.inputs, options.recursive)) {
      const input = entry.input;
      const reply = 'error' in entry ? { input, error: entry.error, kind: 'failed' as const } : await runner.run(input);
      if ('analysis' in reply) {
        await write(render(reply.analysis, options.format) + '\n');
        continue;
      }
      const batchAnswer = options.format === 'jsonl' && reply.kind === 'no-article';
      if (!batchAnswer) failures++;
      console.error(`quotelens: ${reply.error}`);
      if (options.format === 'jsonl') await write(JSON.stringify({ source: input, error: reply.error, kind: reply.kind }) + '\n');
    }
  } finally {
    await runner.close();
  }
  return failures ? 1 : 0;
}

/** Writes to stdout and waits for it to drain, so large batches piped to a file lose nothing on exit. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(chunk) ? resolve() : process.stdout.once('drain', resolve)));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`quotelens: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  },
);
