import { memoized } from '../text/analysis-memo';
import { countWords } from '../text/words';
import { LETTER, UPPER } from './char-classes';
import { AGENCIES, AGENCY_NAMES, CREDIT_WORDS } from './phrase-matchers';
import { screened, type Matcher } from './prefilter';

/**
 * Photo and video credits: whole lines ("Photo: Jane Roe/Reuters", "(AP Photo/John Doe)") and credits
 * fused to the end of a caption ("…in Queens.CreditCreditJane Roe/Agency", "…harbour (Image: Getty)").
 * Shared with the duplicate finder, which must compare a caption without its credit.
 */

const CW = `(?:${CREDIT_WORDS})`;
const AG = `(?:${AGENCIES})`;
const NAME = `[${UPPER}][${LETTER}.'’-]*`;

const WHOLE_LINE: RegExp[] = [
  // "Photo: X", "Photo by X", "Image credit: X", "Crédit photo : X", "Foto: X"
  new RegExp(`^(?:[.,;·•]\\s*)?\\(?\\s*(?:${AG}\\s+)?${CW}(?:\\s+${CW})?s?\\s*(?:by\\b|von\\b|par\\b|por\\b|de\\b|via\\b|:|/|\\||–|-)\\s*\\S`, 'iu'),
  // "Jane Roe, photo: City Archive": who is pictured, then the credit.
  new RegExp(`^${NAME}(?:\\s+${NAME}){0,3},\\s*${CW}\\s*:\\s*\\S`, 'u'),
  // "Image copyright Agency", "Photo © Jane Roe"
  new RegExp(`^${CW}\\s+(?:copyright|©)\\s*\\S`, 'iu'),
  // "CreditCreditJane Roe/Agency", "Credit Jane Roe"
  new RegExp(`^(?:Credit){1,2}\\s*:?\\s*[${UPPER}]`, 'u'),
  // "Jane Roe/Reuters", "Jane Roe / AFP / Getty Images"
  new RegExp(`^${NAME}(?:[ -]${NAME}){0,4}\\s*/\\s*(?:${NAME}(?:\\s+${NAME}){0,4}|${AG})(?:\\s*/\\s*${NAME}(?:\\s+${NAME}){0,3})?$`, 'u'),
  // "Getty Images", "AFP", "Jane Roe, AFP", "© Reuters"
  new RegExp(`^(?:©\\s*)?(?:${NAME}(?:\\s+${NAME}){0,3}\\s*[,/|-]\\s*)?${AG}(?:\\s*(?:[,/|-]|via)\\s*${AG})*\\s*$`, 'u'),
];

/**
 * Tried at every position of every line of the page, so a tail whose match needs something that
 * most lines lack ("Credit", a closing parenthesis or an agency's name at the end, a slash, a colon, "via", "by")
 * runs only on lines that have it: a plain look-up first, the regex's own answer after.
 */
const onlyIf = (holds: (line: string) => boolean, tail: Matcher): Matcher => ({
  test: (line) => holds(line) && tail.test(line),
  exec: (line) => (holds(line) ? tail.exec(line) : null),
});
const endsInParenthesis = (line: string) => line.trimEnd().endsWith(')');
const hasSlash = (line: string) => line.includes('/');
const hasColon = (line: string) => line.includes(':');
/** The first tail needs the word itself: looking for it natively costs a fifth of running the regex over the line. */
const hasCredit = (line: string) => line.includes('Credit');
const VIA = /via/iu;
const hasVia = (line: string) => VIA.test(line);
const BY = /by/iu;
const hasColonOrBy = (line: string) => hasColon(line) || BY.test(line);
/** The line ends in the last character of an agency's name, as a credit glued to the caption must. */
const AGENCY_ENDINGS = new Set(AGENCY_NAMES.map((name) => name[name.length - 1]));
const endsLikeAgency = (line: string) => AGENCY_ENDINGS.has(line[line.length - 1]);

const TAILS: Matcher[] = [
  // "…treatment. Credit: Jane Roe/Agency", also glued ("treatmentCredit: EPA"). A bare label glued to
  // the name ("CreditJane Roe", a visually hidden label) is left to the caption: readers see it as one.
  onlyIf(hasCredit, screened(/Credit\s*:\s*[^\n]{2,90}$/)),
  // Parenthesised credit at the end: "(AP Photo/Jane Roe, File)", "(Image: Getty)", "(Foto: dpa)"
  onlyIf(endsInParenthesis, screened(new RegExp(`\\(\\s*(?:${AG}\\s+)?${CW}(?:\\s+${CW})?s?\\s*(?::|/|by\\b)[^()\\n]{1,80}\\)\\s*$`, 'iu'))),
  // Parenthesised name and agency at the end: "… gut getarnt. (mlharing / iStock.com)", "(Jane Roe / Reuters)"
  onlyIf(endsInParenthesis, screened(new RegExp(`\\(\\s*[^()/\\n]{2,40}\\s*/\\s*${AG}(?:\\.com)?\\s*\\)\\s*$`, 'u'))),
  // After a full stop: "…in 2016. Photo: Jane Roe/Reuters", "… Photograph: Jane Roe/AP"
  onlyIf(hasColonOrBy, screened(new RegExp(`(?<=[.!?”"’)]\\s*)${CW}(?:\\s+${CW})?s?\\s*(?:by\\b|:)\\s*(?:[^.!?\\n]|\\.(?=\\S)){1,80}$`, 'iu'))),
  // "…, Jane Roe, Bild via" / "… Photo via Agency"
  onlyIf(hasVia, screened(new RegExp(`(?<=[,.]\\s*)${CW}\\s+via(?:\\s+\\S+){0,4}\\s*$`, 'iu'))),
  // A credit label glued to the caption's last word: "…des TurniersBild: Agency/Name"
  onlyIf(hasColon, screened(/(?<=[a-zäöüß.!?)])(?:Bild|Foto|Fotos|Photo|Credit|Quelle|Image)\s*:\s*[^\n]{2,90}$/u)),
  // An agency glued to the caption's full stop: "…in New York.Reuters"
  onlyIf(endsLikeAgency, screened(new RegExp(`(?<=[a-z\\u00df-\\u00ff]\\.)${AG}$`, 'u'))),
  // "… in Kyiv. Jane Roe/AFP via Getty Images"
  onlyIf(hasSlash, screened(new RegExp(`(?<=[.!?”"]\\s)${NAME}(?:\\s+${NAME}){0,3}\\s*/\\s*${AG}(?:\\s+via\\s+${AG})?\\s*$`, 'u'))),
];

// A label glued to the name, as a page's hidden "Credit" label reads in plain text.
const GLUED = screened(new RegExp(`(?<=[.!?”"’)]\\s*)(?:Credit){1,2}(?=[${UPPER}])[^\\n]{2,90}$`, 'u'));


/** True when the whole line is a credit. */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 160 || countWords(text) > 16) return false;
  return memoized('credit line', text, () => WHOLE_LINE.some((re) => re.test(text)));
}

/**
 * Where a credit fused to the end of a longer line starts (index into `line`), or -1. The line before
 * the credit must keep some text of its own, else the whole line is a credit. `includeGlued` also finds
 * a bare label glued to the name ("…in Queens.CreditJane Roe/Agency"), for comparing captions.
 */
export function creditTailStart(line: string, includeGlued = false): number {
  if (line.length < 20) return -1;
  // Duplicates and boilerplate both ask about every line: within one analysis it is worked out once.
  const start = memoized('credit tail', line, () => firstTail(line, TAILS));
  // The glued label is the word "Credit" itself: a line without it needs no regex.
  return start < 0 && includeGlued && line.includes('Credit') ? firstTail(line, [GLUED]) : start;
}

function firstTail(line: string, patterns: Matcher[]): number {
  for (const re of patterns) {
    const m = re.exec(line);
    if (!m) continue;
    const tail = m[0];
    if (countWords(tail) > 14) continue;
    const start = m.index + (tail.length - tail.trimStart().length);
    if (line.slice(0, start).trim().length >= 12) return start;
  }
  return -1;
}
