import { parseBook, type CorrectionsBook } from '@/lib/corrections/book';
import { defineSafeItem } from '@/lib/storage/safe-item';

export const CORRECTIONS_KEY = 'local:corrections' as const;

/**
 * The reader's corrections of quotes, per page (see lib/corrections/book.ts for the bounds).
 * Version 1. A factory so tests can define it again over seeded storage.
 */
export function defineCorrectionsItem() {
  return defineSafeItem<CorrectionsBook>(CORRECTIONS_KEY, {
    fallback: Object.freeze({ pages: Object.freeze({}) }) as CorrectionsBook,
    version: 1,
    parse: parseBook,
  });
}
