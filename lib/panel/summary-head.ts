import type { Analysis } from '@/lib/analysis/types';
import { hostName } from '@/lib/extract/site-name';
import { countsOf, type SummaryCounts } from '@/lib/panel/summary';
import { strings } from '@/lib/panel/strings';

/**
 * The summary's head, the article's title and the counts, as what to show rather than how: the React
 * components (ArticleHeader, CountsBar) and the popup's first paint, which shows the head before React
 * is loaded (issue 11), both write it from here, so the two cannot say different things.
 */

export interface ArticleHead {
  site: string;
  title: string;
  byline: string | null;
  notice: string | null;
}

export function articleHeadOf(analysis: Analysis): ArticleHead {
  return {
    // A page that names no site, parsed where its address was not known, is still on a host.
    site: analysis.siteName || hostName(analysis.source) || strings.siteUnknown,
    title: analysis.title || strings.untitled,
    byline: analysis.byline || null,
    notice: analysis.notice || null,
  };
}

const COUNT_ORDER: (keyof SummaryCounts)[] = ['quotes', 'speakers', 'officials', 'duplicates', 'boilerplate'];

export interface CountChip {
  key: keyof SummaryCounts;
  label: string;
  /** Shown muted: nothing of this kind was found. */
  zero: boolean;
}

/** The headline numbers, in the order the chips show them. */
export function countChipsOf(analysis: Analysis): CountChip[] {
  const counts = countsOf(analysis);
  return COUNT_ORDER.map((key) => ({ key, label: strings.counts[key](counts[key]), zero: !counts[key] }));
}

export const chipClass = (chip: CountChip) => (chip.zero ? 'chip chip--zero' : 'chip');
