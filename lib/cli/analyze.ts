/**
 * quotelens analyze: the extension's analysis over saved pages and URLs.
 *
 *   npm run analyze -- [FILE_OR_URL...] [--jsonl] [--format json|md|text]
 *
 * With no input it analyses the sample page kept in the repo. A bad input gives one line on stderr;
 * in a batch the others go on, and the exit status is 1 when any input failed.
 */
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { Analysis } from '@/lib/analysis/types';
import { NoArticleError } from '@/lib/extract/extract-article';
import { formatMarkdown } from './format-markdown';
import { formatCleanText } from './format-text';
import { InputError, loadArticle } from './load-article';

export const SAMPLE_PAGE = fileURLToPath(new URL('../../tests/fixtures/seed/article.html', import.meta.url));

type Format = 'json' | 'jsonl' | 'md' | 'text';

interface Options {
  inputs: string[];
  format: Format;
}

const USAGE = 'usage: npm run analyze -- [FILE_OR_URL...] [--jsonl] [--format json|md|text]';

function parseArgs(argv: string[]): Options {
  const inputs: string[] = [];
  let format: Format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') format = 'jsonl';
    else if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'json' && value !== 'md' && value !== 'text' && value !== 'jsonl') throw new InputError(`unknown format "${value ?? ''}"; ${USAGE}`);
      format = value;
    } else if (arg === '--help' || arg === '-h') throw new InputError(USAGE);
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}; ${USAGE}`);
    else inputs.push(arg);
  }
  return { inputs: inputs.length ? inputs : [SAMPLE_PAGE], format };
}

function render(analysis: Analysis, format: Format): string {
  if (format === 'jsonl') return JSON.stringify(analysis);
  if (format === 'md') return formatMarkdown(analysis);
  if (format === 'text') return formatCleanText(analysis);
  return JSON.stringify(analysis, null, 2);
}

function describeFailure(input: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof NoArticleError) return `${input}: ${error.message}`;
  return `${input}: could not analyse (${(error as Error)?.message ?? String(error)})`;
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
  for (const input of options.inputs) {
    try {
      const article = await loadArticle(input);
      const analysis = analyzeArticle(article, { source: input });
      process.stdout.write(render(analysis, options.format) + '\n');
    } catch (error) {
      failures++;
      const message = describeFailure(input, error);
      console.error(`quotelens: ${message}`);
      if (options.format === 'jsonl') process.stdout.write(JSON.stringify({ source: input, error: message }) + '\n');
    }
  }
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`quotelens: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  },
);
