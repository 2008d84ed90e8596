import type { Analysis, Span } from '@/lib/analysis/types';

export interface CandidateLine extends Span {
  text: string;
}

/**
 * Lines the reader may mark as boilerplate for the site: the first `head` and last `tail` lines of
 * the body not already set aside. Site promos, notices and sign-offs sit at the two ends of an article.
 */
export function markCandidates(analysis: Analysis, head = 3, tail = 8): CandidateLine[] {
  const flagged = analysis.boilerplate.flatMap((b) => [{ start: b.start, end: b.end }, ...(b.occurrences ?? [])]);
  const covered = (start: number, end: number) => flagged.some((f) => f.start < end && start < f.end);
  const lines: CandidateLine[] = [];
  const re = /[^\r\n]+/g;
  const body = analysis.text.slice(analysis.bodyStart);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = analysis.bodyStart + m.index + (m[0].length - m[0].trimStart().length);
    if (!covered(start, start + text.length)) lines.push({ start, end: start + text.length, text });
  }
  if (lines.length <= head + tail) return lines;
  return [...lines.slice(0, head), ...lines.slice(lines.length - tail)];
}
