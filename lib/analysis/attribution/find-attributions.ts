import type { ArticleText, Entity, Quote } from '../types';

// SCAFFOLD: replaced by the attribution engine.
export function findAttributions(_article: ArticleText): { entities: Entity[]; quotes: Quote[] } {
  return { entities: [], quotes: [] };
}
