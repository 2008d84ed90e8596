import { defineCorrectionsItem } from '@/lib/storage/corrections-item';
import { defineSafeItem, parseBoolean } from '@/lib/storage/safe-item';
import { parseSiteMemory } from '@/lib/site-memory/parse';
import { emptyMemory, type SiteMemory } from '@/lib/site-memory/types';

/**
 * Everything Quotelens stores, declared in one place. Each item is versioned (WXT keeps `key$.v`),
 * has a fallback, and is validated on every read, so a corrupted or missing entry gives the
 * fallback instead of an error. Bump an item's version with a migration when its shape changes.
 */

/** Highlights on the page on or off; the popup's switch sets it, every page follows it. */
export const highlightsEnabled = defineSafeItem<boolean>('local:highlightsEnabled', { fallback: true, version: 1, parse: parseBoolean });

/** Inline marks for every occurrence of a repeated passage, and for boilerplate lines; they show only while highlights are on. */
export const markDuplicates = defineSafeItem<boolean>('local:markDuplicates', { fallback: true, version: 1, parse: parseBoolean });
export const markBoilerplate = defineSafeItem<boolean>('local:markBoilerplate', { fallback: true, version: 1, parse: parseBoolean });

/** The reader's corrections of quotes (reassigned speaker, dismissed quote), per page URL, bounded. */
export const corrections = defineCorrectionsItem();

/**
 * Per-site memory for boilerplate (issue 4): line fingerprints per site and the reader's verdicts,
 * bounded (lib/site-memory/types.ts LIMITS). Local only; written by the background, judged in the panel.
 */
export const siteMemory = defineSafeItem<SiteMemory>('local:siteMemory', { fallback: emptyMemory(), version: 1, parse: parseSiteMemory });
