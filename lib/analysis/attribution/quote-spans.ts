import type { Span } from '../types';

/** One quotation found by its marks. `start`/`end` delimit the words inside the marks. */
export interface QuoteSpan extends Span {
  /** Index of the opening mark and one past the closing mark (or the block end when unclosed). */
  outerStart: number;
  outerEnd: number;
  block: number;
  /** The paragraph ended before a closing mark (multi-paragraph quote or stray mark). */
  unclosed: boolean;
  /** This paragraph continues a quote opened in an earlier paragraph. */
  continues: boolean;
}

type Family = 'double' | 'single';

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Opening context: start, space or opening punctuation before, a non-space after. */
function opens(text: string, i: number, lo: number): boolean {
  const prev = i > lo ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  return prev === undefined || /[\s([{\u2014\u2013\-/:;,>]/.test(prev) || prev === '“' || prev === '"';
}

/**
 * Which way guillemets point on this page: German prints »so« and ›so‹, French and Swiss « so » and
 * ‹ so ›. Counted from the text, not the language (Swiss German pages use «»): a mark right before a
 * word, after a space or the start of a line, opens.
 */
export function guillemetsPointInward(text: string): boolean {
  let inward = 0;
  let outward = 0;
  for (let i = text.indexOf('»'); i >= 0; i = text.indexOf('»', i + 1)) if (opensWord(text, i)) inward++;
  for (let i = text.indexOf('«'); i >= 0; i = text.indexOf('«', i + 1)) if (opensWord(text, i)) outward++;
  return inward > outward;
}

function opensWord(text: string, i: number): boolean {
  return (i === 0 || /[\s(\[—–-]/.test(text[i - 1])) && isLetter(text[i + 1]);
}

/** The opening and closing guillemets of a page, double and single. */
interface Guillemets {
  open: string;
  close: string;
  openSingle: string;
  closeSingle: string;
}
const OUTWARD: Guillemets = { open: '«', close: '»', openSingle: '‹', closeSingle: '›' };
const INWARD: Guillemets = { open: '»', close: '«', openSingle: '›', closeSingle: '‹' };

function openerFamily(text: string, i: number, lo: number, g: Guillemets = OUTWARD): Family | null {
  const c = text[i];
  if (c === g.open) return 'double';
  if (c === g.close) return null;
  if (c === g.openSingle) return isSpace(text[i + 1]) && !isLetter(text[i + 2]) ? null : 'single';
  // two apostrophes typed for a double mark (''Like this,'' some archives print)
  if (c === "'" && text[i + 1] === "'") {
    const prev = i > lo ? text[i - 1] : undefined;
    return (prev === undefined || /[\s([{\u2014\u2013\-/:;,]/.test(prev)) && !isSpace(text[i + 2]) ? 'double' : null;
  }
  if (c === '“' || c === '„') return 'double';
  if (c === '"') return opens(text, i, lo) ? 'double' : null;
  if (c === '‘' || c === '‚' || c === "'") {
    if (!opens(text, i, lo) || !isLetter(text[i + 1])) return null;
    // ’90s, 'em: apostrophes at the start of a word
    if (/^\d\ds/.test(text.slice(i + 1, i + 4))) return null;
    return 'single';
  }
  return null;
}

function closes(text: string, i: number, family: Family, opener: string, g: Guillemets = OUTWARD): boolean {
  const c = text[i];
  if (opener === g.openSingle) return c === g.closeSingle;
  if (family === 'double') {
    if (opener === "'") return c === "'" && text[i + 1] === "'" && !isSpace(text[i - 1]);
    if (opener === g.open) return c === g.close;
    if (opener === '„') return c === '“' || c === '”';
    return c === '”' || (c === '"' && !isSpace(text[i - 1])) || (c === '"' && isSpace(text[i + 1]));
  }
  if (c !== '’' && c !== "'" && c !== '‘') return false;
  // An apostrophe sits between letters ("don’t") or after a plural's s before a noun is ambiguous; a
  // closing single mark is followed by a non-letter.
  return !isLetter(text[i + 1]) && !isSpace(text[i - 1]);
}

/**
 * Quotations in each block, scanned left to right in one pass. Single marks count only when they
 * open at a word start and close at a word end, so apostrophes never open quotes. A block that ends
 * inside a quotation yields the quote up to the block end; when the next block opens with a mark of
 * the same family, it is marked as continuing.
 */
export function findQuoteSpans(text: string, blocks: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const g = guillemetsPointInward(text) ? INWARD : OUTWARD;
  let resume = -1;
  for (let b = 0; b < blocks.length; b++) {
    const { start: lo, end: hi } = blocks[b];
    let open = -1;
    let family: Family | null = null;
    // „…„Parallelaktion“…“: quotations opened inside a „ quotation with the same mark, not yet closed
    let nested = 0;
    let continues = false;
    const startsWithOpener = openerFamily(text, lo, lo, g) !== null;
    if (b === resume && startsWithOpener) continues = true;
    for (let i = lo; i < hi; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x22 && c !== 0x27 && c !== 0xab && c !== 0xbb && (c < 0x2018 || c > 0x201e) && c !== 0x2039 && c !== 0x203a) continue;
      if (open < 0) {
        const f = openerFamily(text, i, lo, g);
        if (f) {
          open = i;
          family = f;
          if (f === 'double' && text[i] === "'") i++;
        }
        continue;
      }
      if (family === 'single' && text[i] === '“') continue;
      if (nestsLowQuote(text, i, open, hi)) {
        nested++;
        continue;
      }
      if (nested > 0 && closes(text, i, family as Family, text[open], g)) {
        nested--;
        continue;
      }
      if (family === 'single' && i - open <= 2 && closes(text, i, 'single', text[open], g)) {
        // rock 'n' roll: a one-letter "quotation" is a pair of apostrophes
        open = -1;
        family = null;
        continue;
      }
      if (closes(text, i, family as Family, text[open], g)) {
        const wide = text[open] === "'" && family === 'double';
        push(out, text, open, wide ? 2 : 1, i, i + (wide ? 2 : 1), b, false, continues);
        if (wide) i++;
        continues = false;
        open = -1;
        family = null;
      }
    }
    if (open >= 0 && family === 'double') {
      push(out, text, open, text[open] === "'" ? 2 : 1, hi, hi, b, true, continues);
      resume = resumingBlock(text, blocks, b + 1, g);
    }
  }
  return out;
}

/**
 * „Die AfD hat uns mitgeteilt, dass es sich um eine „Parallelaktion“ handele …“: a „ never closes, so
 * a second one inside an open „ quotation opens a quotation within it, when both can still close
 * before the paragraph ends (a stray mark stays ignored).
 */
function nestsLowQuote(text: string, i: number, open: number, hi: number): boolean {
  if (text[i] !== '„' || text[open] !== '„' || !isLetter(text[i + 1])) return false;
  let closers = 0;
  for (let k = i + 1; k < hi && closers < 2; k++) if (text[k] === '“' || text[k] === '”') closers++;
  return closers >= 2;
}

/** How many asides a quotation running over paragraphs may pass. */
const MAX_ASIDES = 3;

/**
 * "SEE MORE: Hong Kong protests: …", "Protesters do not want … (Image: getty )": a block set into the
 * text that is not one of its sentences (no final stop) and quotes nobody.
 */
function isAside(text: string, block: Span): boolean {
  const body = text.slice(block.start, block.end).trim();
  return !/[.!?…]["”’']?$/.test(body) && !/["“”«»„]/.test(body);
}

/**
 * The block where a quotation left open at the end of a block goes on: the next one, or the one after
 * a few asides (captions, link lines), when it opens with a double mark; -1 when there is none.
 */
function resumingBlock(text: string, blocks: readonly Span[], from: number, g: Guillemets): number {
  let n = from;
  while (n < blocks.length && n - from < MAX_ASIDES && isAside(text, blocks[n])) n++;
  return n < blocks.length && openerFamily(text, blocks[n].start, blocks[n].start, g) === 'double' ? n : -1;
}

function push(out: QuoteSpan[], text: string, open: number, width: number, close: number, outerEnd: number, block: number, unclosed: boolean, continues: boolean): void {
  let s = open + width;
  let e = close;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return;
  out.push({ start: s, end: e, outerStart: open, outerEnd, block, unclosed, continues });
}
