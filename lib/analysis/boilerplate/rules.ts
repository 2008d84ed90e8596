import type { BoilerplateReason } from '../types';
import { LETTER, UPPER } from './char-classes';
import { isCreditLine } from './credit';
import { BYLINE, CTA_START, PHRASES, SOCIAL_WORDS } from './phrase-matchers';
import type { LineUnit } from './units';

/** Page-level facts the rules use beside the line itself. */
export interface PageContext {
  siteName: string | null;
}

interface Rule {
  reason: BoilerplateReason;
  test: (u: LineUnit, page: PageContext) => boolean;
}

const ENDS_SENTENCE = /[.!?…;"”»)\]]$/u;
const SECOND_PERSON = new RegExp(`(?<![${LETTER}])(you|your|our|us|vous|votre|nos|sie|ihr|ihre|unser|tu|su|sus|nuestro|você|seu|sua|nosso)(?![${LETTER}])`, 'u');
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const HANDLE = /(?:^|\s)@\w{2,}|(?:twitter|x|instagram|facebook)\.com\/\w+/i;
const BREADCRUMB = /^[^»›>|/]{1,40}(?:\s[»›>|/]\s[^»›>|/]{1,60}){1,}$/u;
const NAME_WORD = new RegExp(`^[${UPPER}0-9][${LETTER}0-9.'’&-]*$`, 'u');

const nearEnd = (u: LineUnit) => u.index >= u.total - 5 || u.index >= u.total * 0.85;
const nearStart = (u: LineUnit) => u.index < 3;
const bracketed = (u: LineUnit) => /^\[.*\]$/u.test(u.lower);
const mentionsSite = (u: LineUnit, page: PageContext) =>
  !!page.siteName && page.siteName.length >= 3 && u.text.toLowerCase().includes(page.siteName.toLowerCase());

/** A call to action: an imperative opening, an exclamation, the reader addressed, or a bare link line. */
function callToAction(u: LineUnit, page: PageContext): boolean {
  return (
    CTA_START.test(u.lower) || u.text.includes('!') || SECOND_PERSON.test(u.lower) || bracketed(u) ||
    u.linkDensity >= 0.3 || mentionsSite(u, page) || (nearEnd(u) && u.words <= 12)
  );
}

/** A line made only of share-bar labels ("Facebook Twitter Email", "Whatsapp Facebook Pint"). */
function shareBar(u: LineUnit): boolean {
  const tokens = u.key.split(' ').filter(Boolean);
  if (!tokens.length || tokens.length > 10) return false;
  if (!tokens.every((t) => SOCIAL_WORDS.has(t))) return false;
  return tokens.length >= 2 || u.linkDensity >= 0.5 || u.repeats >= 2;
}

/** A short caption line that is only a name or an agency ("Jane Roe", "City Police"): a credit. */
function nameOnlyCaption(u: LineUnit): boolean {
  if (u.kind !== 'caption' || u.words > 5 || ENDS_SENTENCE.test(u.lower)) return false;
  return u.text.split(/\s+/).every((w) => NAME_WORD.test(w) || /^(of|for|de|du|des|la|le|von|der|da|do|dos|y|e|and|&|\/|-)$/i.test(w));
}

/** Rules in order; the first that holds gives the reason. Length limits keep keyword hits out of prose. */
export const RULES: Rule[] = [
  { reason: 'advertisement label', test: (u) => u.words <= 8 && PHRASES.advert.test(u.lower) },
  { reason: 'print-edition note', test: (u) => u.words <= 80 && PHRASES.print.test(u.lower) },
  { reason: 'copyright notice', test: (u) => u.words <= 60 && PHRASES.copyright.test(u.lower) },
  { reason: 'syndication note', test: (u) => u.words <= 50 && PHRASES.syndication.test(u.lower) },
  { reason: 'photo/video credit', test: (u) => isCreditLine(u.text) || nameOnlyCaption(u) },
  { reason: 'comments widget', test: (u) => u.words <= 25 && PHRASES.comments.test(u.lower) },
  { reason: 'subscription prompt', test: (u, p) => u.words <= 30 && PHRASES.subscription.test(u.lower) && callToAction(u, p) },
  { reason: 'share/follow prompt', test: (u, p) => shareBar(u) || (u.words <= 25 && PHRASES.share.test(u.lower) && callToAction(u, p)) },
  { reason: 'related-link list', test: (u) => u.words <= 30 && PHRASES.related.test(u.lower) },
  {
    reason: 'related-link list',
    test: (u) => u.linkDensity >= 0.7 && u.words <= 14 && !/[.!?]$/.test(u.lower) && u.kind !== 'heading',
  },
  {
    reason: 'author bio or contact',
    test: (u) =>
      u.words <= 80 &&
      (BYLINE.test(u.text) || (PHRASES.bio.test(u.lower) && (nearEnd(u) || nearStart(u) || u.words <= 12)) ||
        (u.words <= 30 && (EMAIL.test(u.lower) || (HANDLE.test(u.lower) && nearEnd(u))))),
  },
  { reason: 'navigation', test: (u) => u.words <= 12 && (PHRASES.navigation.test(u.lower) || BREADCRUMB.test(u.lower)) },
  // A short non-sentence line printed more than once on the page is page furniture.
  { reason: 'navigation', test: (u) => u.repeats >= 2 && u.words <= 6 && !/[.!?]$/.test(u.lower) && u.kind !== 'heading' },
];

export function classifyLine(u: LineUnit, page: PageContext): BoilerplateReason | null {
  for (const rule of RULES) if (rule.test(u, page)) return rule.reason;
  return null;
}
