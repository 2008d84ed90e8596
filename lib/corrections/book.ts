import type { Correction } from '@/lib/corrections/types';
import { isCorrection } from '@/lib/corrections/validate';

/** Every page's corrections, keyed by URL; `at` is the last change, for evicting the oldest. */
export interface CorrectionsBook {
  pages: Record<string, { at: number; items: Correction[] }>;
}

/** Bounds that keep the book well inside storage.local's quota (about 3 MB at the very worst). */
export const MAX_PAGES = 500;
export const MAX_PER_PAGE = 100;
const MAX_URL_CHARS = 2048;

export const emptyBook = (): CorrectionsBook => ({ pages: {} });

/** The key of a page: its URL without the fragment, which only scrolls within the same article. */
export function pageKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  parsed.hash = '';
  const key = parsed.href;
  return key.length <= MAX_URL_CHARS ? key : null;
}

export function correctionsFor(book: CorrectionsBook, url: string): Correction[] {
  const key = pageKey(url);
  return (key && book.pages[key]?.items) || [];
}

/**
 * Adds a correction for a page. A newer correction of the same quote replaces the older one; the
 * page becomes the newest; pages beyond MAX_PAGES are dropped oldest first. Returns a new book.
 */
export function addCorrection(book: CorrectionsBook, url: string, correction: Correction, now: number): CorrectionsBook {
  const key = pageKey(url);
  if (!key) return book;
  const kept = correctionsFor(book, url).filter((c) => c.quote.id !== correction.quote.id);
  return withPage(book, key, [...kept, correction].slice(-MAX_PER_PAGE), now);
}

/** Forgets the reader's correction of one quote (undo), by the quote's id. */
export function removeCorrection(book: CorrectionsBook, url: string, quoteId: string, now: number): CorrectionsBook {
  const key = pageKey(url);
  if (!key || !book.pages[key]) return book;
  return withPage(book, key, book.pages[key].items.filter((c) => c.quote.id !== quoteId), now);
}

function withPage(book: CorrectionsBook, key: string, items: Correction[], now: number): CorrectionsBook {
  const pages = { ...book.pages };
  delete pages[key];
  if (items.length) pages[key] = { at: now, items };
  return { pages: newest(pages, MAX_PAGES) };
}

function newest(pages: CorrectionsBook['pages'], max: number): CorrectionsBook['pages'] {
  const entries = Object.entries(pages);
  if (entries.length <= max) return pages;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.at - a.at).slice(0, max));
}

/**
 * Reads a stored book defensively: anything that is not a book gives an empty one; bad pages and
 * bad corrections are dropped one by one, and the bounds are enforced again.
 */
export function parseBook(raw: unknown): CorrectionsBook {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return emptyBook();
  const pagesRaw = (raw as { pages?: unknown }).pages;
  if (typeof pagesRaw !== 'object' || pagesRaw === null || Array.isArray(pagesRaw)) return emptyBook();
  const pages: CorrectionsBook['pages'] = {};
  for (const [url, page] of Object.entries(pagesRaw)) {
    if (pageKey(url) !== url || typeof page !== 'object' || page === null) continue;
    const { at, items } = page as { at?: unknown; items?: unknown };
    if (typeof at !== 'number' || !Number.isFinite(at) || !Array.isArray(items)) continue;
    const valid = items.filter(isCorrection).slice(-MAX_PER_PAGE);
    if (valid.length) pages[url] = { at, items: valid };
  }
  return { pages: newest(pages, MAX_PAGES) };
}
