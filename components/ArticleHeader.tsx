import type { Analysis } from '@/lib/analysis/types';
import { hostName } from '@/lib/extract/site-name';
import { strings } from '@/lib/panel/strings';

/** The article's title and where it comes from. */
export function ArticleHeader({ analysis }: { analysis: Analysis }) {
  // A page that names no site, parsed where its address was not known, is still on a host.
  const site = analysis.siteName || hostName(analysis.source) || strings.siteUnknown;
  return (
    <header className="article">
      <p className="article__site">{site}</p>
      <h1 className="article__title">{analysis.title || strings.untitled}</h1>
      {analysis.byline ? <p className="article__byline">{analysis.byline}</p> : null}
      {analysis.notice ? <p className="article__notice">{analysis.notice}</p> : null}
    </header>
  );
}
