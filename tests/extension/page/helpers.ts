import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis, ArticleText, Entity, Quote } from '@/lib/analysis/types';
import type { HighlightApi } from '@/lib/page/highlight-painter';

/** Loads one of our fixture pages into happy-dom's document. */
export function loadPage(name: string): void {
  const html = readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
  document.open();
  document.write(html);
  document.close();
}

/** A quote of the article text found by its words, as the attribution engine would report it. */
export function quoteOf(article: ArticleText, words: string, speakerId: string | null, id = words): Quote {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`not in article: ${words}`);
  return { id, start, end: start + words.length, text: words, type: 'direct', speakerId, speakerMention: null, cue: 'said', confidence: 1 };
}

export function personOf(article: ArticleText, id: string, name: string, title: string | null): Entity {
  const mentions = [];
  for (let at = article.text.indexOf(name); at >= 0; at = article.text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length });
  }
  return { id, name, type: 'person', title, mentions };
}

/** An Analysis built by hand, so painting is tested whatever the attribution engine finds. */
export function analysisOf(article: ArticleText, quotes: Quote[], entities: Entity[] = []): Analysis {
  return {
    source: 'test', title: article.title, byline: article.byline, siteName: article.siteName, lang: article.lang,
    text: article.text, bodyStart: article.bodyStart, entities, quotes, duplicates: [], boilerplate: [],
  };
}

/** happy-dom has no CSS Custom Highlight API: a registry that records what would be painted. */
export function fakeHighlightApi() {
  const registry = new Map<string, { ranges: AbstractRange[]; priority: number }>();
  const api: HighlightApi = {
    registry: {
      set: (name, highlight) => registry.set(name, highlight as { ranges: AbstractRange[]; priority: number }),
      delete: (name) => registry.delete(name),
    },
    // Set-like, as the real Highlight: ranges may be added after it is registered.
    create: (ranges) => {
      const highlight = {
        ranges: [...ranges],
        priority: 0,
        add: (range: AbstractRange) => highlight.ranges.push(range),
        delete: (range: AbstractRange) => {
          const at = highlight.ranges.indexOf(range);
          if (at >= 0) highlight.ranges.splice(at, 1);
          return at >= 0;
        },
      };
      return highlight;
    },
  };
  return { api, registry };
}

/** The text a list of ranges covers, invisible characters dropped, joined by '|'. */
export function rangeText(ranges: AbstractRange[]): string {
  return ranges
    .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset))
    .join('|')
    .replace(/[\u00AD\u200B]/g, '');
}
