import { CTA_START } from './phrase-matchers';
import { LETTER } from './char-classes';
import { mentionsSite, quotesSomeone, type PageContext } from './rules';
import type { BoilerplateReason } from '../types';
import type { LineUnit } from './units';

/**
 * The site talking to its reader after the story: "Kennt ihr schon unseren Brandfinder?", "Mit diesem
 * Button kannst Du diese Episode … hinzufügen", "Wir tun jeden Tag, was wir lieben. Das kannst du auch!".
 * Each such line alone could be the story's own last paragraph; what gives it away is where it stands:
 * after the furniture that closes the story (a related-links list, a subscription prompt, the imprint),
 * with nothing of the story after it.
 */

/** Longest line read as the site's own pitch, and most such lines in one tail. */
const MAX_WORDS = 80;
const MAX_LINES = 4;

/** Furniture that comes after a story (an inline advert label or a caption is no sign the story ended). */
const CLOSING: ReadonlySet<BoilerplateReason> = new Set<BoilerplateReason>([
  'subscription prompt', 'share/follow prompt', 'related-link list', 'copyright notice', 'comments widget',
  'author bio or contact', 'syndication note', 'print-edition note',
]);

// The reader and the site as "we": words that say nothing else. Not "us" (the US), "sie"/"ihr" (she, they,
// her), "su" (his), "du" (French "of the") or "nos" (Portuguese "in the"): the German "Sie", "Ihr" and "Du"
// count only capitalised inside a sentence, where they address the reader.
const READER = new RegExp(
  `(?<![${LETTER}])(?:you|your|yours|our|vous|votre|vos|notre|dich|dein|deine|deinen|deinem|euch|euer|eure|unser|unsere|unseren|unserem|usted|ustedes|nuestro|nuestra|você|vocês)(?![${LETTER}])`,
  'u',
);
const ADDRESSED_IN_GERMAN = new RegExp(`[${LETTER},] (?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Du|Dich|Dir|Dein|Deine)(?![${LETTER}])`, 'u');

/** A line in the site's voice: it addresses the reader, exclaims, names the site or opens on an imperative. */
function siteVoice(u: LineUnit, page: PageContext): boolean {
  if (u.words > MAX_WORDS || quotesSomeone(u)) return false;
  return READER.test(u.lower) || ADDRESSED_IN_GERMAN.test(u.text) || u.text.includes('!') || CTA_START.test(u.lower) || mentionsSite(u, page);
}

/**
 * Indexes of the lines in the site's voice in the run that closes the article, where boilerplate stands
 * between them and the story (the story has ended before them).
 */
export function trailingPromo(units: LineUnit[], reasons: readonly (BoilerplateReason | null)[], page: PageContext): number[] {
  const found: number[] = [];
  let pending: number[] = [];
  for (let i = units.length - 1; i >= 0; i--) {
    const reason = reasons[i];
    if (reason && !CLOSING.has(reason)) break;
    if (reason) {
      found.push(...pending);
      pending = [];
      continue;
    }
    if (found.length + pending.length >= MAX_LINES || !siteVoice(units[i], page)) break;
    pending.push(i);
  }
  return found;
}
