import type { ArticleText, Boilerplate, BoilerplateReason } from '../types';
import { creditTailStart } from './credit';
import { lineFingerprint } from './fingerprint';
import { linkRuns, menuRuns } from './menu-runs';
import { namedBoxes } from './named-boxes';
import { aboutBox } from './about-box';
import { pictureLegends } from './picture-legends';
import { relatedSections } from './related-sections';
import { trailingPromo } from './trailing-promo';
import { classifyLine } from './rules';
import { countWords } from '../text/words';
import { lineUnits, type LineUnit } from './units';

/** What the extension knows about the current site: line fingerprints and the reader's own verdicts. */
export interface SiteKnowledge {
  /** Fingerprints (lineFingerprint) of lines seen on at least two other articles of this site. */
  repeatedLines?: ReadonlySet<string>;
  /** Reader's verdicts by line fingerprint: true = boilerplate, false = content. */
  verdicts?: ReadonlyMap<string, boolean>;
}

interface Verdict {
  unit: LineUnit;
  reason: BoilerplateReason;
}

/**
 * Every line of the article that is not reporting, with a reason: whole lines, and credits fused to the
 * end of a caption. The reader's own verdicts win both ways; lines the site repeats across articles
 * count as boilerplate. Never throws: odd input gives an empty list.
 */
export function findBoilerplate(article: ArticleText, site?: SiteKnowledge): Boilerplate[] {
  try {
    return classify(article, site);
  } catch {
    return [];
  }
}

function classify(article: ArticleText, site?: SiteKnowledge): Boilerplate[] {
  const units = lineUnits(article);
  const bylineWords = new Set(
    (article.byline ?? '').split(/[^\p{L}'’-]+/u).filter((w) => w.length > 2 && w[0] !== w[0].toLowerCase()).map((w) => w.toLowerCase()),
  );
  const firstProse = units.findIndex((u) => u.words >= 25 && u.kind !== 'standfirst');
  const page = {
    siteName: article.siteName, bylineWords, linkRuns: linkRuns(units), firstProse: firstProse < 0 ? 0 : firstProse,
    captionsCarryText: captionShare(units) >= CAPTIONS_AS_TEXT,
  };
  // Loops rather than closures made per article: a closure's compiled code dies with it at a major GC.
  const reasons: (BoilerplateReason | null)[] = [];
  for (const u of units) reasons.push(classifyLine(u, page));
  for (const i of menuRuns(units)) reasons[i] ??= 'navigation';
  for (const i of relatedSections(units)) reasons[i] ??= 'related-link list';
  for (const [i, reason] of namedBoxes(units)) reasons[i] ??= reason;
  extendTrailingSection(units, reasons);
  for (const i of aboutBox(units)) reasons[i] ??= 'author bio or contact';
  for (const i of trailingPromo(units, reasons, page)) reasons[i] ??= 'subscription prompt';
  if (!page.captionsCarryText) for (const i of pictureLegends(units, reasons)) reasons[i] ??= 'image caption';

  const found: Boilerplate[] = [];
  const verdicts: Verdict[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const key = site && (site.verdicts?.size || site.repeatedLines?.size) ? lineFingerprint(unit.text) : '';
    const marked = key ? site?.verdicts?.get(key) : undefined;
    if (marked === false) continue;
    let reason = reasons[i];
    if (marked === true) reason = 'marked by reader';
    else if (!reason && key && site?.repeatedLines?.has(key)) reason = 'site boilerplate';
    if (reason) {
      verdicts.push({ unit, reason });
      continue;
    }
    const tail = creditTailStart(unit.text);
    if (tail >= 0) {
      // A short line that ends in a photo credit is a picture's legend set as a paragraph: the whole
      // line, legend and credit, is one caption. A longer one is text that a credit was glued to.
      if (unit.words - countWords(unit.text.slice(tail)) <= MAX_LEGEND_WORDS) {
        found.push({ start: unit.start, end: unit.end, text: unit.text, reason: 'image caption' });
      } else {
        const start = unit.start + tail;
        found.push({ start, end: unit.end, text: article.text.slice(start, unit.end), reason: 'photo/video credit' });
      }
    }
  }
  found.push(...groupRepeats(mergeRepeats(verdicts, article.text)));
  return found.sort((a, b) => a.start - b.start);
}

/** Longest legend (in words, before its credit) a photo credit marks as a caption. */
const MAX_LEGEND_WORDS = 40;

/** Share of the body's words in captions from which the captions are the page's text, not legends. */
const CAPTIONS_AS_TEXT = 0.5;

function captionShare(units: LineUnit[]): number {
  let all = 0;
  let inCaptions = 0;
  for (const u of units) {
    if (u.kind === 'standfirst') continue;
    all += u.words;
    if (u.kind === 'caption') inCaptions += u.words;
  }
  return all ? inCaptions / all : 0;
}

/** Longest list a trailing boilerplate heading is trusted to govern. */
const MAX_TRAILING_ITEMS = 10;

/**
 * A boilerplate heading whose list closes the article ("Make MSN my homepage" and its steps, "More
 * coverage" and its items) makes the list boilerplate too: nothing of the story follows it.
 */
function extendTrailingSection(units: LineUnit[], reasons: (BoilerplateReason | null)[]): void {
  const last = units.length - 1;
  let first = last;
  while (first >= 0 && units[first].kind === 'list-item' && units[first].words <= 30) first--;
  const heading = first;
  if (heading < 0 || heading === last || last - heading > MAX_TRAILING_ITEMS) return;
  const reason = reasons[heading];
  if (units[heading].kind !== 'heading' || !reason) return;
  for (let i = heading + 1; i <= last; i++) reasons[i] ??= reason;
}

/** A boilerplate line with every place the page repeats it (the first is `start`/`end`). */
export type BoilerplateLine = Boilerplate & { occurrences?: { start: number; end: number }[] };

/**
 * The same boilerplate line printed again and again ("Image" under every photo) is listed once, with
 * all its places in `occurrences`, so the reader's list is not a column of repeats. Rules that read a
 * line's place may give its copies different reasons ("via GIPHY" as navigation near the top, as a
 * related link further down): the first copy's reason stands for them all.
 */
function groupRepeats(items: Boilerplate[]): BoilerplateLine[] {
  const byKey = new Map<string, BoilerplateLine>();
  const out: BoilerplateLine[] = [];
  for (const item of items) {
    // The first line of a merged run stands for it ("Photo: X" twice in a row is still "Photo: X"); the
    // text is compared as printed, so "Image 1 of / 5" and "Image 1 of 5" stay two lines.
    const firstLine = item.text.split('\n', 1)[0];
    const key = firstLine.toLowerCase().replace(/\s+/g, ' ').trim();
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, item);
      out.push(item);
      continue;
    }
    first.occurrences ??= [{ start: first.start, end: first.end }];
    first.occurrences.push({ start: item.start, end: item.end });
  }
  return out;
}

/** Identical boilerplate lines that follow each other ("Facebook", "Facebook") are one span. */
function mergeRepeats(verdicts: Verdict[], text: string): Boilerplate[] {
  const out: Boilerplate[] = [];
  let prev: { v: Verdict; item: Boilerplate } | null = null;
  for (const v of verdicts) {
    if (prev && prev.v.unit.index === v.unit.index - 1 && prev.v.unit.key === v.unit.key && prev.v.reason === v.reason) {
      prev.item.end = v.unit.end;
      prev = { v, item: prev.item };
      continue;
    }
    const item: Boilerplate = { start: v.unit.start, end: v.unit.end, text: v.unit.text, reason: v.reason };
    out.push(item);
    prev = { v, item };
  }
  for (const item of out) item.text = text.slice(item.start, item.end);
  return out;
}
