import type { ArticleText, Boilerplate, Span } from '@/lib/analysis/types';
import type { BoilerplateLine } from '@/lib/analysis/boilerplate/find-boilerplate';

/** Whitespace runs as one space, trimmed: how both corpus scorers compare text. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The places a boilerplate list cuts: as the contract's scorers read it (each item's own span), or with every repeat. */
export function cutSpans(boilerplate: Boilerplate[], withRepeats = false): Span[] {
  const spans = withRepeats ? boilerplate.flatMap((b) => (b as BoilerplateLine).occurrences ?? [b]) : boilerplate;
  return spans.filter((b) => Number.isInteger(b.start) && b.end > b.start).sort((x, y) => x.start - y.start);
}

/** `text` from `from` on without the cut spans, each cut leaving a line break (as the scorers do). */
export function cleanText(text: string, cuts: Span[], from = 0): string {
  let clean = '';
  let at = from;
  for (const cut of cuts) {
    if (cut.start >= at) clean += text.slice(at, cut.start) + '\n';
    at = Math.max(at, cut.end);
  }
  return clean + text.slice(at);
}

/**
 * Where a squashed snippet starts in the article's own text (or -1): the text is squashed with a map back
 * to its offsets, so a report can name the block a snippet sits in.
 */
export function offsetOfSnippet(text: string, snippet: string): number {
  const map: number[] = [];
  let squashed = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      space = squashed.length > 0;
      continue;
    }
    if (space) {
      squashed += ' ';
      map.push(i);
      space = false;
    }
    squashed += text[i];
    map.push(i);
  }
  const at = squashed.indexOf(squash(snippet));
  return at < 0 ? -1 : map[at];
}

/** "kind i/n" of the block holding an offset, for reports. */
export function blockAt(article: ArticleText, offset: number): string {
  const blocks = article.blocks.filter((b) => b.kind !== 'title');
  const i = blocks.findIndex((b) => b.start <= offset && offset < b.end);
  if (i < 0) return offset < article.bodyStart ? 'head' : 'none';
  const b = blocks[i];
  const density = b.end > b.start ? Math.round((100 * b.linkChars) / (b.end - b.start)) : 0;
  return `${b.kind} ${i}/${blocks.length} link${density}%`;
}
