import type { Analysis, Entity, Quote } from '@/lib/analysis/types';

/** A readable who-said-what summary of one analysis, as Markdown. */
export function formatMarkdown(analysis: Analysis): string {
  const lines: string[] = [`# ${analysis.title || '(untitled)'}`, ''];
  const meta = [analysis.siteName, analysis.byline].filter(Boolean).join(' · ');
  if (meta) lines.push(`_${meta}_`, '');
  lines.push(
    `${analysis.quotes.length} quotes · ${speakerGroups(analysis).length} speakers · ` +
      `${officials(analysis).length} officials · ${analysis.duplicates.length} duplicates · ` +
      `${analysis.boilerplate.length} boilerplate lines`,
    '',
    '## Who said what',
    '',
  );
  for (const { entity, quotes } of speakerGroups(analysis)) {
    const who = entity ? describeEntity(entity) : '**Unattributed**';
    lines.push(who);
    for (const quote of quotes) lines.push(`- ${quoteLine(quote)}`);
    lines.push('');
  }
  if (officials(analysis).length) {
    lines.push('## Officials', '');
    for (const person of officials(analysis)) lines.push(`- ${person.name}, ${person.title}`);
    lines.push('');
  }
  if (analysis.duplicates.length) {
    lines.push('## Duplicate sentences', '');
    for (const group of analysis.duplicates) lines.push(`- ×${group.count} ${group.text}`);
    lines.push('');
  }
  if (analysis.boilerplate.length) {
    lines.push('## Boilerplate', '');
    for (const line of analysis.boilerplate) lines.push(`- ${line.text} _(${line.reason})_`);
    lines.push('');
  }
  return lines.join('\n');
}

function describeEntity(entity: Entity): string {
  const title = entity.title ? `, ${entity.title}` : '';
  const kind = entity.type === 'person' ? '' : ` (${entity.type})`;
  return `**${entity.name}**${title}${kind}`;
}

function quoteLine(quote: Quote): string {
  const body = quote.type === 'indirect' ? quote.text : `“${quote.text}”`;
  const doubt = quote.speakerId && quote.confidence < 0.5 ? ' — uncertain' : '';
  return `${body} _(${quote.type}${quote.cue ? `, ${quote.cue}` : ''}${doubt})_`;
}

/** Speakers in order of first quote, unattributed quotes last. */
export function speakerGroups(analysis: Analysis): { entity: Entity | null; quotes: Quote[] }[] {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const groups = new Map<string | null, Quote[]>();
  for (const quote of analysis.quotes) {
    const key = quote.speakerId && byId.has(quote.speakerId) ? quote.speakerId : null;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(quote);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return ordered.map(([id, quotes]) => ({ entity: id ? byId.get(id)! : null, quotes }));
}

function officials(analysis: Analysis): Entity[] {
  return analysis.entities.filter((e) => e.type === 'person' && e.title);
}
