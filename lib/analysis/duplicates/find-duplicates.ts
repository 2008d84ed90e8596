import type { ArticleText, DuplicateGroup } from '../types';

// SCAFFOLD: replaced by the duplicate finder.
export function findDuplicates(_article: ArticleText): DuplicateGroup[] {
  return [];
}
