import type { BoilerplateReason } from '../types';
import type { LineUnit } from './units';

/**
 * What a box named by the page's own class, id, tag or role holds (see lib/extract/box-class.ts): an
 * author box ("author-info", "author-description"), a newsletter pitch ("news-letter-section"), an
 * affiliate disclosure ("affiliateText"), a call to action ("vc_cta3"). Words the extraction records
 * but that name no boilerplate by themselves are left out: "teaser" is also a German lead paragraph
 * (measured: it cut content on trafilatura's set), and "related", "aside", "footer", "widget", "share",
 * "comment" added nothing the text rules had not already found.
 */
const REASON_OF_BOX: ReadonlyMap<string, BoilerplateReason> = new Map([
  ...(['author', 'authors', 'autor', 'bio'] as const).map((w) => [w, 'author bio or contact'] as const),
  ...(['newsletter', 'subscribe', 'subscription', 'signup', 'paywall'] as const).map((w) => [w, 'subscription prompt'] as const),
  ...(['affiliate', 'sponsor', 'sponsored', 'promo', 'promotion', 'cta', 'disclaimer'] as const).map((w) => [w, 'advertisement label'] as const),
]);

/** Past this share of the body's words, a box word names the page's own text, not a box in it. */
const MAX_BOXED_SHARE = 0.4;

/** The reason of each line that sits in a named box, by line index. */
export function namedBoxes(units: LineUnit[]): Map<number, BoilerplateReason> {
  let all = 0;
  const wordsIn = new Map<string, number>();
  for (const u of units) {
    all += u.words;
    if (u.box) wordsIn.set(u.box, (wordsIn.get(u.box) ?? 0) + u.words);
  }
  const found = new Map<number, BoilerplateReason>();
  for (const u of units) {
    const reason = u.box ? REASON_OF_BOX.get(u.box) : undefined;
    if (reason && (wordsIn.get(u.box!) ?? 0) <= all * MAX_BOXED_SHARE) found.set(u.index, reason);
  }
  return found;
}
