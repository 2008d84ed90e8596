import type { Analysis } from '@/lib/analysis/types';
import { articleHeadOf } from '@/lib/panel/summary-head';

/** The article's title and where it comes from. */
export function ArticleHeader({ analysis }: { analysis: Analysis }) {
  const head = articleHeadOf(analysis);
  return (
    <header className="article">
      <p className="article__site">{head.site}</p>
      <h1 className="article__title">{head.title}</h1>
      {head.byline ? <p className="article__byline">{head.byline}</p> : null}
      {head.notice ? <p className="article__notice">{head.notice}</p> : null}
    </header>
  );
}
