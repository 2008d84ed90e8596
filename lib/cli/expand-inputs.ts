import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files a directory walk analyses: pages and text files, gzipped or not. */
const PAGE_FILE = /\.(html?|xhtml|txt)(\.gz)?$/i;

/** One input of the batch: a file or URL to analyse, or a line to report in its place. */
export type BatchInput = { input: string } | { input: string; error: string };

/**
 * Turns the command line's inputs into the batch. With `recursive`, a directory stands for the
 * .html/.htm/.txt files (and their .gz forms) under it, in a stable sorted order; other files there
 * (images, scripts) are not pages and are passed over. Without it a directory stays an input, which
 * the reader refuses with a message that names the option.
 */
export function expandInputs(inputs: string[], recursive: boolean): BatchInput[] {
  const batch: BatchInput[] = [];
  for (const input of inputs) {
    if (!recursive || !isDirectory(input)) {
      batch.push({ input });
      continue;
    }
    const pages = walk(input);
    if (pages.length) batch.push(...pages.map((page) => ({ input: page })));
    else batch.push({ input, error: `${input}: no .html, .htm or .txt files in this directory` });
  }
  return batch;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && PAGE_FILE.test(entry.name)) found.push(path);
  }
  return found;
}
