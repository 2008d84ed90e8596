import type { Analysis, Span } from '@/lib/analysis/types';

/**
 * Every way an analysis can break the contract of ../shared/eval/README.md. Returns the problems
 * found (empty when the analysis is sound) so a failing property shows what went wrong.
 */
export function contractProblems(analysis: Analysis): string[] {
  const problems: string[] = [];
  const { text } = analysis;
  const inRange = (span: Span, what: string) => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start > span.end) {
      problems.push(`${what} span ${span.start}-${span.end} outside text of length ${text.length}`);
    }
  };
  if (typeof text !== 'string') problems.push('text is not a string');
  if (!(analysis.bodyStart >= 0 && analysis.bodyStart <= text.length)) problems.push(`bodyStart ${analysis.bodyStart} out of range`);
  const ids = new Set<string>();
  for (const entity of analysis.entities) {
    if (ids.has(entity.id)) problems.push(`entity id ${entity.id} repeated`);
    ids.add(entity.id);
    if (!['person', 'organization', 'unnamed'].includes(entity.type)) problems.push(`entity ${entity.id} has type ${entity.type}`);
    if (!entity.name) problems.push(`entity ${entity.id} has no name`);
    entity.mentions.forEach((m) => inRange(m, `mention of ${entity.id}`));
  }
  const quoteIds = new Set<string>();
  for (const quote of analysis.quotes) {
    if (quoteIds.has(quote.id)) problems.push(`quote id ${quote.id} repeated`);
    quoteIds.add(quote.id);
    inRange(quote, `quote ${quote.id}`);
    if (!['direct', 'partial', 'indirect'].includes(quote.type)) problems.push(`quote ${quote.id} has type ${quote.type}`);
    if (quote.speakerId !== null && !ids.has(quote.speakerId)) problems.push(`quote ${quote.id} names missing speaker ${quote.speakerId}`);
    if (quote.speakerMention) inRange(quote.speakerMention, `speaker mention of ${quote.id}`);
    if (!(quote.confidence >= 0 && quote.confidence <= 1)) problems.push(`quote ${quote.id} confidence ${quote.confidence}`);
  }
  for (const group of analysis.duplicates) {
    if (group.count !== group.occurrences.length || group.count < 2) problems.push(`duplicate group "${group.text.slice(0, 30)}" count ${group.count}`);
    group.occurrences.forEach((o) => inRange(o, 'duplicate occurrence'));
  }
  for (const line of analysis.boilerplate) {
    inRange(line, 'boilerplate');
    line.occurrences?.forEach((o) => inRange(o, 'boilerplate occurrence'));
    if (!line.reason) problems.push('boilerplate line without a reason');
  }
  return problems;
}
