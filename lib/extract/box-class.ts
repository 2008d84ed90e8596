/**
 * Sites name the boxes they set inside an article: `div.author-info`, `section.news-letter-section`,
 * `div#affiliateText`, `div.vc_cta3`, `pp-inline-teaser`. Readability keeps such boxes when they sit in
 * the article's container, and their text reads like prose (an author's bio, a newsletter pitch, a
 * disclosure). The class or id word is structural evidence the text alone lacks: extraction records
 * the word, and the boilerplate rules decide which words, with what else, make a line boilerplate.
 */

/** Words of class and id names that name a box, not the article's text (lower case, as split below). */
const BOX_WORDS = new Set([
  'author', 'authors', 'autor', 'bio', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall',
  'affiliate', 'sponsor', 'sponsored', 'promo', 'promotion', 'cta', 'teaser', 'disclaimer', 'related',
  'share', 'social', 'comment', 'comments', 'widget', 'infobox',
]);

/** Elements that are a box by their tag or role: a side note, the article's footer. */
const BOX_TAGS = new Map([['ASIDE', 'aside'], ['FOOTER', 'footer']]);
const BOX_ROLES = new Map([['complementary', 'aside'], ['contentinfo', 'footer']]);

/** Two words written as two parts ("news-letter", "sign_up", "authorBox"): joined, they name the box. */
const JOINED_WORDS = new Map([
  ['news letter', 'newsletter'], ['sign up', 'signup'], ['call to', 'cta'],
]);

// WordPress puts the post's tags and categories on the article ("tag-newsletter", "category-promo"):
// they say what the story is about, not what the element is.
const TAXONOMY = /^(?:tag|category|categories|post|format|topic|section)-/i;

/** Parts of one class or id name: split at '-', '_', digits and lower-to-upper steps ("affiliateText"). */
function nameParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((part) => part.toLowerCase());
}

/** The box word an element's tag, role, class or id names, or null. */
export function boxWordOf(el: Element): string | null {
  const byTag = BOX_TAGS.get(el.tagName.toUpperCase()) ?? BOX_ROLES.get(el.getAttribute('role') ?? '');
  if (byTag) return byTag;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length >= 300) return null;
  for (const name of names.split(/\s+/)) {
    if (!name || TAXONOMY.test(name)) continue;
    const parts = nameParts(name);
    for (let i = 0; i < parts.length; i++) {
      if (BOX_WORDS.has(parts[i])) return parts[i];
      const joined = JOINED_WORDS.get(`${parts[i]} ${parts[i + 1]}`);
      if (joined) return joined;
    }
  }
  return null;
}
