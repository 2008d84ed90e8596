import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The Readability test pages of the shared corpus, beside the repo (the bench's and the instruction count's default). */
export const READABILITY_CORPUS = join(import.meta.dirname, '../../../shared/corpus/readability');

/** The pages of a corpus directory: its subdirectories that hold a source.html, sorted by name. */
export function corpusPages(corpus: string): string[] {
  return readdirSync(corpus)
    .filter((name) => existsSync(join(corpus, name, 'source.html')))
    .sort();
}
