import type { ArticleText } from '@/lib/analysis/types';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { extractArticle } from '@/lib/extract/extract-article';
import { decodeHtml } from './decode';
import { InputError } from './input-error';
import { parseHtml } from './parse-html';
import { binaryKind, readInputBytes } from './read-input';

export { InputError };

const FETCH_TIMEOUT_MS = 20_000;

/**
 * Reads a saved .html/.txt file (gzipped or not) or fetches an http(s) URL and returns the article in it.
 */
export async function loadArticle(input: string): Promise<ArticleText> {
  if (/^https?:\/\//i.test(input)) return loadUrl(input);
  const { bytes, innerName } = await readInputBytes(input);
  if (/\.txt$/i.test(innerName)) return articleFromPlainText(new TextDecoder('utf-8').decode(bytes));
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
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(`${url}: not an HTML or text file (${binary})`);
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
