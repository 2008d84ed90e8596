import type { Analysis } from '@/lib/analysis/types';

/** The article as clean text: the title, then the body with every boilerplate span cut out. */
export function formatCleanText(analysis: Analysis): string {
  // A line repeated on the page is listed once with all its places: cut every one of them.
  const cuts = analysis.boilerplate.flatMap((line) => line.occurrences ?? [line]).sort((a, b) => a.start - b.start);
  let body = '';
  let at = analysis.bodyStart;
  for (const cut of cuts) {
    if (cut.end <= at) continue;
    body += analysis.text.slice(at, Math.max(at, cut.start));
    at = Math.max(at, cut.end);
  }
  body += analysis.text.slice(at);
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return [analysis.title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}
