import type { BoilerplateReason } from '../types';
import { LETTER, UPPER } from './char-classes';
import { isCreditLine } from './credit';
import { BYLINE, CTA_START, DATE_WORDS, hasPhrase, READ_MORE_END, SOCIAL_WORDS } from './phrase-matchers';
import type { LineUnit } from './units';

/** Page-level facts the rules use beside the line itself. */
export interface PageContext {
  siteName: string | null;
  /** Lower-cased words of the article's byline (author names). */
  bylineWords: ReadonlySet<string>;
  /** Indexes of lines in runs of two or more link-only lines. */
  linkRuns: ReadonlySet<number>;
  /** Index of the first line of running prose (25 words or more): what stands above it is page furniture. */
  firstProse: number;
  /** Captions hold most of the page's words (a gallery, a listicle of pictures): they are its text. */
  captionsCarryText: boolean;
}

interface Rule {
  reason: BoilerplateReason;
  test: (u: LineUnit, page: PageContext) => boolean;
}

const ENDS_SENTENCE = /[.!?…;"”»)\]]$/u;
const SECOND_PERSON = new RegExp(`(?<![${LETTER}])(you|your|our|us|vous|votre|nos|sie|ihr|ihre|unser|unsere|unseren|unserem|dich|dein|deine|euch|tu|su|sus|nuestro|você|seu|sua|nosso)(?![${LETTER}])`, 'u');
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const HANDLE = /(?:^|\s)@\w{2,}|(?<![\w.])(?:twitter|x|instagram|facebook)\.com\/\w+/i;
// "Home » News » World"; pipes only with three or more parts and no figures (dates and times use them).
const BREADCRUMB = /^(?:[»›>]\s*)?[^»›>]{1,40}(?:\s[»›>]\s[^»›>]{1,60})*\s[»›>]\s[^»›>]{1,100}$|^[^|\d]{1,30}(?:\s\|\s[^|\d]{1,30}){2,}$/u;
const LABEL_COLON = new RegExp(`^[${LETTER} ]{2,25}:\\s`, 'u');
// "…download the Daily apps for iOS and Android": an install prompt anywhere in the line.
const INSTALL = /\b(?:download|install|herunterladen|installieren|télécharge[zr]?|descarga|baixe)\b/u;
// "Politics, Elections, Congress": a tag list, mostly links.
const TAG_LIST = /^[^,.!?]{1,30}(?:,\s*[^,.!?]{1,30}){2,}$/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const NAME_WORD = new RegExp(`^[${UPPER}0-9][${LETTER}0-9.'’&-]*$`, 'u');

const nearEnd = (u: LineUnit) => u.index >= u.total - 5 || u.index >= u.total * 0.85;
const nearStart = (u: LineUnit) => u.index < 3;
// The page's last line: an author's bio there may run longer, nothing of the story follows it.
const lastLine = (u: LineUnit) => u.index === u.total - 1;
// A passage of four words or more in quotation marks: someone speaking, which a prompt never does ("“After two more
// years,” Doctor asks").
// A title in quotation marks ("Best of Houzz", "Tomaten richtig schneiden") is not speech: speech runs longer.
// Exactly three words then anything unquoted: no nested repetition to backtrack through on a long line.
const QUOTED_SPEECH = /[“"«„](?:[^”"»“\s]+\s+){3}[^”"»“]*[”"»“]/u;
export const quotesSomeone = (u: LineUnit) => QUOTED_SPEECH.test(u.text);
const bracketed = (u: LineUnit) => /^\[.*\]$/u.test(u.lower);
export const mentionsSite = (u: LineUnit, page: PageContext) =>
  !!page.siteName && page.siteName.length >= 3 && u.text.toLowerCase().includes(page.siteName.toLowerCase());

/** A call to action: an imperative opening, an exclamation, the reader addressed, or a bare link line. */
function callToAction(u: LineUnit, page: PageContext): boolean {
  return (
    CTA_START.test(u.lower) || INSTALL.test(u.lower) || u.text.includes('!') || SECOND_PERSON.test(u.lower) || bracketed(u) ||
    u.linkDensity >= 0.3 || mentionsSite(u, page) || (nearEnd(u) && u.words <= 12)
  );
}

/** A line made only of share-bar labels ("Facebook Twitter Email", "Whatsapp Facebook Pint"). */
function shareBar(u: LineUnit): boolean {
  // Counted words first: most lines are too long to split at all, and their key is never built.
  if (!u.keyWords || u.keyWords > 10) return false;
  const tokens = u.key.split(' ');
  if (!tokens.every((t) => SOCIAL_WORDS.has(t))) return false;
  return tokens.length >= 2 || u.linkDensity >= 0.5 || u.repeats >= 2;
}

// "Jane writes about…", "Jane Roe covers…": a bio opening, trusted only near the end of the article.
const BIO_OPENING = new RegExp(
  `^[${UPPER}][${LETTER}'’-]+(?: [${UPPER}][${LETTER}'’-]+){0,2} (?:is an? |is the |covers |joined |writes |has (?:been )?(?:covered|written|reported)|lives |reports |ist |studierte |arbeitet |schreibt )`,
  'u',
);

// Words of a bio: what the author does, where they live.
const BIO_WORDS = /(?:writ|report|cover|journalis|editor|correspondent|column|author|blog|podcast|magazine|contribut|freelance|photograph|native|lives in|based in|graduate|redakt|volontär|autor)/u;

/** The byline's name standing alone near the top ("Mark Lavin" as a heading under the title). */
function bylineAlone(u: LineUnit, page: PageContext): boolean {
  if (u.index >= 3 || u.words > 4 || !page.bylineWords.size) return false;
  const words = u.lower.split(/[^\p{L}'’-]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => page.bylineWords.has(w));
}

/** The letters, apostrophes and hyphens that open a line (empty before anything else): its first word, without splitting the whole line. */
const FIRST_WORD = /^[\p{L}'’-]*/u;

/** The line opens with one of the byline's names and says what the author does. */
function aboutAuthor(u: LineUnit, page: PageContext): boolean {
  const first = FIRST_WORD.exec(u.lower)![0];
  return !!first && first.length > 2 && page.bylineWords.has(first) && u.words >= 6 && BIO_WORDS.test(u.lower);
}

/** A line that is only a date or a time: "3:59 PM", "23.10.2018", "Feb. 21, 2019", "5 mars 2024". */
function dateline(u: Pick<LineUnit, 'text' | 'lower' | 'words'>): boolean {
  if (u.words > 8 || !/\d/.test(u.text)) return false;
  const words = u.lower.split(/[^\p{L}]+/u).filter((w) => w.length > 1 || /\p{L}/u.test(w));
  if (!words.every((w) => DATE_WORDS.has(w)) || /[+@]/.test(u.text)) return false;
  return words.length > 0 ? /\d{1,2}[:.h]\d\d|\d{4}/u.test(u.text) : /^\d{1,2}([./])\d{1,2}\1\d{2,4}$|^\d{1,2}:\d\d$/.test(u.text);
}

/** "2021-10-16 | News", "3 May 2020, 19:49 | Politics" near the top: a timestamp with a section label. */
function datedLabel(u: LineUnit): boolean {
  if (u.index >= 3 || u.words > 10) return false;
  const bar = u.text.indexOf(' | ');
  if (bar < 0) return false;
  const rest = u.text.slice(bar + 3);
  if (rest.includes('|') || rest.split(/\s+/).length > 3) return false;
  const date = u.text.slice(0, bar).replace(/,/g, ' ').trim();
  return /^\d{4}-\d\d-\d\d$/.test(date) || dateline({ text: date, lower: date.toLowerCase(), words: date.split(/\s+/).length });
}

/** A short caption line that is only a name or an agency ("Jane Roe", "City Police"): a credit. */
function nameOnlyCaption(u: LineUnit): boolean {
  if (u.kind !== 'caption' || u.words > 5 || ENDS_SENTENCE.test(u.lower)) return false;
  return u.text.split(/\s+/).every((w) => NAME_WORD.test(w) || /^(of|for|de|du|des|la|le|von|der|da|do|dos|y|e|and|&|\/|-)$/i.test(w));
}

// Capital letters and non-letters only, with at least one capital: "OUR PARTNERS", "SEE ALSO".
const ALL_CAPS = new RegExp(`^[^${LETTER}]*[${UPPER}][^a-z\\u00df-\\u00ff\\u0430-\\u045f]*$`, 'u');

/** A short all-caps line near the end, not a sentence: a kicker or a box label after the story. */
function capsKicker(u: LineUnit): boolean {
  return nearEnd(u) && u.words <= 12 && u.text.length >= 4 && !/[.!?"”»]$/.test(u.text) && ALL_CAPS.test(u.text) && /[A-Z]{2}/.test(u.text);
}

// A word mixing Latin and Cyrillic letters ("Аdvеrtіѕе"): look-alike letters that slip past spam filters.
const MIXED_SCRIPT = /[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z]/gu;
// Asked of every line: whether it holds Cyrillic was seen as its words were counted (units.ts), not by a regex.
const obfuscated = (u: LineUnit) => u.cyrillic && (u.lower.match(MIXED_SCRIPT)?.length ?? 0) >= 4;

// "Abbildung 4: …", "Fig. 2. …", "Gráfico: …": a figure's legend set as a paragraph.
const FIGURE_LABEL = /^(?:abbildung|abb\.|figure|fig\.|grafik|infografik|grafico|gráfico|graphique|illustration|schaubild)(?: ?\d{1,2}[a-z]?)?\s*[:.]\s/u;

/** The article's last line is a lead-in ("More information:") whose list was dropped. */
const danglingLeadIn = (u: LineUnit) => u.index === u.total - 1 && u.words <= 10 && /:$/.test(u.text);

/** Rules in order; the first that holds gives the reason. Length limits keep keyword hits out of prose. */
export const RULES: Rule[] = [
  { reason: 'advertisement label', test: (u) => (u.words <= 40 && hasPhrase(u, 'advert')) || obfuscated(u) },
  { reason: 'print-edition note', test: (u) => u.words <= 80 && hasPhrase(u, 'print') },
  { reason: 'copyright notice', test: (u) => u.words <= 60 && hasPhrase(u, 'copyright') },
  { reason: 'syndication note', test: (u) => u.words <= 50 && hasPhrase(u, 'syndication') },
  { reason: 'photo/video credit', test: (u) => isCreditLine(u.text) || nameOnlyCaption(u) },
  // Length, then phrases: they rule out nearly every line, so quoted speech is looked for on the few left.
  { reason: 'comments widget', test: (u) => (u.words <= 25 || (u.words <= 40 && nearEnd(u))) && hasPhrase(u, 'comments') && !quotesSomeone(u) },
  { reason: 'subscription prompt', test: (u, p) => (u.words <= 30 || (u.words <= 60 && nearEnd(u))) && hasPhrase(u, 'subscription') && !quotesSomeone(u) && (u.words <= 6 || callToAction(u, p)) },
  { reason: 'share/follow prompt', test: (u, p) => shareBar(u) || ((u.words <= 25 || (u.words <= 40 && nearEnd(u))) && hasPhrase(u, 'share') && (u.words <= 8 || callToAction(u, p))) },
  { reason: 'related-link list', test: (u) => u.words <= 30 && hasPhrase(u, 'related') },
  {
    reason: 'related-link list',
    // Blocks that are nothing but a link, in a figure or one after another: teasers (a URL, an address or a price is content).
    test: (u, p) =>
      u.linkDensity >= 0.9 && u.words <= 20 && !/[.!:]$/.test(u.text) && !/https?:|www\./.test(u.text) && !EMAIL.test(u.text) &&
      !/[$€£¥]/.test(u.text) && (u.kind === 'caption' || u.kind === 'heading' || p.linkRuns.has(u.index)),
  },
  // A teaser: a story's opening lines that end in the link to the rest ("… Seht selbst! Weiterlesen").
  { reason: 'related-link list', test: (u) => u.words <= 80 && READ_MORE_END.test(u.lower) },
  // "Read: Headline", "LE PUEDE INTERESAR: Headline": a short label, a colon, then a link.
  {
    reason: 'related-link list',
    test: (u) => u.linkDensity >= 0.6 && u.words <= 25 && LABEL_COLON.test(u.text),
  },
  {
    reason: 'author bio or contact',
    test: (u, p) =>
      u.words <= 80 &&
      (BYLINE.test(u.text) || ((nearEnd(u) || nearStart(u) || u.words <= 12) && hasPhrase(u, 'bio')) ||
        (nearEnd(u) && (u.words <= 60 || lastLine(u)) && ((BIO_OPENING.test(u.text) && BIO_WORDS.test(u.lower)) || aboutAuthor(u, p) || (!nearStart(u) && hasPhrase(u, 'intro')))) ||
        (u.words <= 12 && (EMAIL.test(u.lower) || (HANDLE.test(u.lower) && nearEnd(u)))) ||
        bylineAlone(u, p)),
  },
  { reason: 'navigation', test: (u) => (u.words <= 40 || (u.words <= 60 && nearEnd(u))) && (hasPhrase(u, 'navigation') || (BREADCRUMB.test(u.lower) && !u.text.includes('«'))) },
  { reason: 'navigation', test: (u) => dateline(u) || datedLabel(u) || (u.linkDensity >= 0.7 && u.words <= 20 && TAG_LIST.test(u.text)) },
  { reason: 'navigation', test: (u) => capsKicker(u) || danglingLeadIn(u) },
  // A bare address of the page itself above the article.
  { reason: 'navigation', test: (u, p) => (u.index < 6 || u.index < u.total * 0.1 || u.index < p.firstProse) && URL_ONLY.test(u.text) },
  // A picture's legend is not the article's text: both extraction benchmarks here (AEB's human article
  // bodies, trafilatura's snippets) leave captions out, and the dev pages' gold calls them arguable.
  // Last, so a credit or a teaser in a figure keeps its own reason; not where the captions are the text.
  { reason: 'image caption', test: (u, p) => (u.kind === 'caption' && !p.captionsCarryText) || (u.words <= 60 && FIGURE_LABEL.test(u.lower)) },
  // A short non-sentence line printed more than once on the page is page furniture.
  {
    reason: 'navigation',
    test: (u) => u.repeats >= 2 && u.words <= 3 && !/[.!?]$/.test(u.text) && u.kind !== 'heading' && u.kind !== 'list-item' && !/\d/.test(u.text),
  },
];

export function classifyLine(u: LineUnit, page: PageContext): BoilerplateReason | null {
  for (const rule of RULES) if (rule.test(u, page)) return rule.reason;
  return null;
}
