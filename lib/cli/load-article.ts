import { readFile } from 'node:fs/promises';
import type { ArticleText } from '@/lib/analysis/types';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { extractArticle } from '@/lib/extract/extract-article';
import { decodeHtml } from './decode';
import { parseHtml } from './parse-html';

/** A problem with one input that the CLI reports as one line, never as a stack trace. */
export class InputError extends Error {}

const FETCH_TIMEOUT_MS = 20_000;

/** Reads a saved .html/.txt file or fetches an http(s) URL and returns the article in it. */
export async function loadArticle(input: string): Promise<ArticleText> {
  if (/^https?:\/\//i.test(input)) return loadUrl(input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${input}`);
    if (code === 'EISDIR') throw new InputError(`is a directory, not a page: ${input}`);
    throw new InputError(`cannot read ${input} (${code ?? (error as Error).message})`);
  }
  if (/\.txt$/i.test(input)) return articleFromPlainText(new TextDecoder('utf-8').decode(bytes));
  return articleFromHtml(decodeHtml(bytes), 'https://example.invalid/');
}

async function loadUrl(url: string): Promise<ArticleText> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new InputError(`cannot reach ${url} (${cause})`);
  }
  if (!response.ok) throw new InputError(`${url} answered HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headerCharset = /charset=([^;]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? null;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.startsWith('text/plain')) return articleFromPlainText(decodeHtml(bytes, headerCharset));
  return articleFromHtml(decodeHtml(bytes, headerCharset), response.url || url);
}

async function articleFromHtml(html: string, url: string): Promise<ArticleText> {
  const { document, close } = parseHtml(html, url);
  try {
    return extractArticle(document);
  } finally {
    await close();
  }
}
