import type { ArticleText, Block } from '@/lib/analysis/types';

/** The same article with its body repeated `times` times: input for scaling measurements. */
export function repeatArticle(article: ArticleText, times: number): ArticleText {
  const head = article.text.slice(0, article.bodyStart);
  const body = article.text.slice(article.bodyStart);
  const headBlocks = article.blocks.filter((b) => b.end <= article.bodyStart);
  const bodyBlocks = article.blocks.filter((b) => b.start >= article.bodyStart);
  let text = head;
  const blocks: Block[] = [...headBlocks];
  for (let i = 0; i < times; i++) {
    if (i > 0) text += '\n\n';
    const shift = text.length - article.bodyStart;
    for (const block of bodyBlocks) blocks.push({ ...block, start: block.start + shift, end: block.end + shift });
    text += body;
  }
  return { ...article, text, blocks };
}
