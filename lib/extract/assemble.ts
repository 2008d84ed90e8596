import type { ArticleText, Block } from '@/lib/analysis/types';
import type { RawBlock } from './block-text';

export interface ArticleParts {
  title: string;
  standfirst: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  body: RawBlock[];
}

/** Joins headline, standfirst and body blocks into one text (blank line between blocks) with offsets. */
export function assembleArticle(parts: ArticleParts): ArticleText {
  const blocks: Block[] = [];
  let text = '';
  const push = (raw: RawBlock) => {
    if (text) text += '\n\n';
    const block: Block = { start: text.length, end: text.length + raw.text.length, kind: raw.kind, linkChars: raw.linkChars };
    if (raw.box) block.box = raw.box;
    blocks.push(block);
    text += raw.text;
  };
  if (parts.title) push({ text: parts.title, kind: 'title', linkChars: 0 });
  if (parts.standfirst) push({ text: parts.standfirst, kind: 'standfirst', linkChars: 0 });
  const bodyStart = text ? text.length + 2 : 0;
  for (const block of parts.body) push(block);
  return {
    title: parts.title,
    byline: parts.byline,
    siteName: parts.siteName,
    lang: parts.lang,
    text,
    bodyStart: Math.min(bodyStart, text.length),
    blocks,
  };
}

/**
 * A plain-text article as given (CLI ".txt" inputs): the text stays verbatim, the first line is the
 * title, every other non-empty line a paragraph.
 */
export function articleFromPlainText(text: string): ArticleText {
  const blocks: Block[] = [];
  const linePattern = /[^\r\n]+/g;
  let title = '';
  for (let m = linePattern.exec(text); m; m = linePattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const kind = blocks.length === 0 ? 'title' : 'paragraph';
    if (kind === 'title') title = trimmed;
    blocks.push({ start, end: start + trimmed.length, kind, linkChars: 0 });
  }
  const bodyStart = blocks.length > 1 ? blocks[1].start : text.length;
  return { title, byline: null, siteName: null, lang: null, text, bodyStart, blocks };
}
