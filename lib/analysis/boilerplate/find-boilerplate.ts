import type { ArticleText, Boilerplate } from '../types';

/** What the extension knows about the current site: line fingerprints and the reader's own verdicts. */
export interface SiteKnowledge {
  /** Fingerprints of lines seen on at least two other articles of this site. */
  repeatedLines?: ReadonlySet<string>;
  /** Reader's verdicts by line fingerprint: true = boilerplate, false = content. */
  verdicts?: ReadonlyMap<string, boolean>;
}

// SCAFFOLD: replaced by the boilerplate classifier.
export function findBoilerplate(_article: ArticleText, _site?: SiteKnowledge): Boilerplate[] {
  return [];
}
